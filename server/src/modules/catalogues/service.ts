import type { CatalogueItem, CatalogueKind } from '#shared/contracts/admin'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, NotFound } from '../../plugins/errors.ts'
import * as repo from './repo.ts'

export function listItems(ctx: RequestContext, kind: CatalogueKind): CatalogueItem[] {
  requireAccess(ctx, 'config:manage', null, `${kind}.list`)
  return repo.listItems(ctx.db, kind)
}

/** Throws Conflict (the name exists). */
export function createItem(ctx: RequestContext, kind: CatalogueKind, name: string): CatalogueItem {
  requireAccess(ctx, 'config:manage', null, `${kind}.create`)
  if (repo.findItemByName(ctx.db, kind, name)) throw Conflict('errors.nameTaken')
  const id = ctx.db.transaction((tx) => {
    const { id } = repo.insertItem(tx, kind, name, ctx.clock.now().toISOString())
    recordAudit(ctx, { operation: `${kind}.create`, objectId: id })
    return id
  })
  return { id, name, active: true }
}

/** Items are switched off, never deleted: earlier triages and involvements keep pointing at them. */
export function setActive(
  ctx: RequestContext,
  kind: CatalogueKind,
  id: number,
  active: boolean,
): CatalogueItem {
  requireAccess(ctx, 'config:manage', null, `${kind}.update`)
  const item = repo.findItem(ctx.db, kind, id)
  if (!item) throw NotFound()
  ctx.db.transaction((tx) => {
    repo.setActive(tx, kind, id, active)
    recordAudit(ctx, { operation: `${kind}.update`, objectId: id })
  })
  return { ...item, active }
}
