import type { DeleteFileInput, Retention, RetentionOverview } from '#shared/contracts/oversight'
import type { Settings } from '#shared/contracts/settings'
import {
  auditPrunable,
  auditPruneCutoff,
  calendarDateOf,
  fileKind,
  isPastRetention,
  retentionCandidateBefore,
  retentionDate,
  retentionYears,
} from '#shared/domain/retention'
import { searchWords } from '#shared/domain/search-query'
import { forgetRemovedWords } from '../search/service.ts'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import { currentSettings } from '../settings/service.ts'
import * as repo from './repo.ts'

function retentionOf(settings: Settings, file: repo.FileFacts, birthdates: readonly string[]): Retention {
  const kind = fileKind(file.createdAt, birthdates)
  const years = retentionYears(kind, settings)
  return {
    kind,
    years,
    lastChangedAt: file.lastChangedAt,
    retentionDate: retentionDate(file.lastChangedAt, years),
  }
}

function retentionOfFile(ctx: Pick<RequestContext, 'db'>, householdId: number): Retention {
  const file = repo.findFile(ctx.db, householdId)
  if (!file) throw NotFound()
  const birthdates = repo.birthdatesOf(ctx.db, [householdId]).get(householdId) ?? []
  return retentionOf(currentSettings(ctx.db), file, birthdates)
}

/** The retention of a file, for the worker on the case or the team's supervisor. Throws NotFound. */
export function ofHousehold(ctx: RequestContext, householdId: number): Retention {
  requireAccess(ctx, 'household:read', householdId, 'retention.read')
  const result = retentionOfFile(ctx, householdId)
  recordAudit(ctx, { operation: 'retention.read', householdId })
  return result
}

/** The retention of the household's own file, for a member who logs in. Throws NotFound. */
export function ofOwnFile(ctx: RequestContext, householdId: number): Retention {
  const actor = requireAccess(ctx, 'household:portal', householdId, 'portal.retention')
  const result = retentionOfFile(ctx, householdId)
  recordAudit(ctx, { operation: 'portal.retention', householdId, personId: actor.personId })
  return result
}

// ── The daily job ────────────────────────────────────────────────────────────────────────────────────────────

/** What the job needs: a database, a clock and (for its audit event) the app's configuration. */
export type JobContext = Pick<RequestContext, 'db' | 'clock' | 'config'> &
  Partial<Pick<RequestContext, 'actor' | 'clientAddress' | 'userAgent'>>

export type RetentionJobResult = { listed: number; unlisted: number; pruned: number; ranAt: string }

/** Households per query when looking up members: json_each lists stay short, memory stays flat. */
const batchSize = 500

/**
 * The daily retention job. (a) Lists every file past its retention date for the administrator and unlists the
 * ones that changed since; (b) removes audit events of deleted files once they are five years old; (c) notes when
 * it ran. Fast on tens of thousands of households: SQL first keeps only files whose last change is old enough for
 * the shortest period, and only those have their members' birthdates read (in batches).
 */
export function runRetentionJob(job: JobContext): RetentionJobResult {
  const ctx: RequestContext = { actor: null, clientAddress: 'system', userAgent: null, ...job }
  const now = ctx.clock.now()
  const nowIso = now.toISOString()
  const today = calendarDateOf(now)
  const settings = currentSettings(ctx.db)
  const shortest = Math.min(settings.retentionMinorYears, settings.retentionOtherYears)

  const due = new Map<number, string>()
  const candidates = repo.filesChangedBefore(ctx.db, retentionCandidateBefore(today, shortest))
  for (let i = 0; i < candidates.length; i += batchSize) {
    const batch = candidates.slice(i, i + batchSize)
    const birthdates = repo.birthdatesOf(
      ctx.db,
      batch.map((f) => f.id),
    )
    for (const file of batch) {
      const { retentionDate: date } = retentionOf(settings, file, birthdates.get(file.id) ?? [])
      if (isPastRetention(date, today)) due.set(file.id, date)
    }
  }

  const vanished = repo.vanishedHouseholdIds(ctx.db)
  const cutoff = auditPruneCutoff(now)
  // The newest event stays whatever its age: the next event is chained to its hash.
  const newest = repo.newestAuditId(ctx.db)
  const prunable = vanished
    .flatMap((id) => repo.auditEventsAbout(ctx.db, id, cutoff))
    .filter((e) => e.id !== newest && auditPrunable(e.at, true, now))

  let unlisted = 0
  ctx.db.transaction(() => {
    const listed = new Map(repo.listDueRows(ctx.db).map((row) => [row.householdId, row.retentionDate]))
    for (const householdId of listed.keys()) {
      if (due.has(householdId)) continue
      repo.removeDue(ctx.db, householdId)
      unlisted++
    }
    // Listed before with the same date: nothing to write (its listed_at stays as it was anyway).
    for (const [householdId, date] of due)
      if (listed.get(householdId) !== date) repo.upsertDue(ctx.db, householdId, date, nowIso)
    for (const event of prunable) repo.pruneAuditEvent(ctx.db, event, nowIso)
    // Removing audit events is itself on the record (how many, never what they said).
    if (prunable.length > 0) recordAudit(ctx, { operation: 'audit.prune', objectId: prunable.length })
    repo.setLastRunAt(ctx.db, nowIso)
  })
  return { listed: due.size, unlisted, pruned: prunable.length, ranAt: nowIso }
}

function overviewOf(ctx: RequestContext): RetentionOverview {
  const files = repo.listDueFiles(ctx.db)
  const birthdates = repo.birthdatesOf(
    ctx.db,
    files.map((f) => f.householdId),
  )
  return {
    lastRunAt: repo.lastRunAt(ctx.db),
    due: files.map((f) => ({
      householdId: f.householdId,
      teamName: f.teamName,
      neighbourhoodName: f.neighbourhoodName,
      kind: fileKind(f.createdAt, birthdates.get(f.householdId) ?? []),
      lastChangedAt: f.lastChangedAt,
      retentionDate: f.retentionDate,
      listedAt: f.listedAt,
    })),
  }
}

/** Files past their retention date, for the administrator: where they belong, never who is in them. */
export function overview(ctx: RequestContext): RetentionOverview {
  requireAccess(ctx, 'config:manage', null, 'retention.overview')
  const result = overviewOf(ctx)
  recordAudit(ctx, { operation: 'retention.overview' })
  return result
}

/** Runs the daily job now (administrator) and answers the new list. */
export function runNow(ctx: RequestContext): RetentionOverview {
  requireAccess(ctx, 'config:manage', null, 'retention.run')
  runRetentionJob(ctx)
  recordAudit(ctx, { operation: 'retention.run' })
  return overviewOf(ctx)
}

/**
 * Deletes a file for good once it is listed and still past its retention date: every row of the household in
 * every table, in one transaction, leaving one audit event that it happened. Throws NotFound (not the
 * administrator: like every refusal about a household, ids cannot be probed), Invalid (the typed number is not this file's), Conflict (not listed, or changed since).
 */
export function deleteFile(ctx: RequestContext, householdId: number, input: DeleteFileInput): void {
  requireAccess(ctx, 'config:manage', householdId, 'retention.delete')
  if (input.confirmHouseholdId !== householdId)
    throw Invalid({ confirmHouseholdId: 'errors.confirmHouseholdIdMismatch' })
  const listed = repo.findDue(ctx.db, householdId)
  const file = repo.findFile(ctx.db, householdId)
  if (!listed || !file) throw Conflict('errors.retentionNotDue')
  const birthdates = repo.birthdatesOf(ctx.db, [householdId]).get(householdId) ?? []
  const retention = retentionOf(currentSettings(ctx.db), file, birthdates)
  // Listed once, but changed since (or the period was made longer): the file is kept.
  if (!isPastRetention(retention.retentionDate, calendarDateOf(ctx.clock.now())))
    throw Conflict('errors.retentionNotDue')

  ctx.db.transaction(() => {
    // 1. Find every row of the file by walking the foreign keys from the household row down (repo.rowsOfFile):
    //    generic, so a table added later is deleted too without a change here.
    const rows = repo.rowsOfFile(ctx.db, householdId)
    // 2. Note the words its conversations put in the search word list, before the texts are gone.
    const words = new Set(repo.conversationTexts(ctx.db, rows).flatMap(searchWords))
    // 3. Delete children before parents, households last: no reference dangles after any statement, and the
    //    full-text triggers still find the household's team while its conversations go.
    for (const table of repo.deletionOrder(ctx.db, rows.keys()))
      repo.deleteRows(ctx.db, table, rows.get(table)!)
    // 4. The indexes followed by trigger (conversations_fts, households_fts); the word list is brought in line
    //    here, so no word only this file had is still searched for or suggested.
    forgetRemovedWords(ctx.db, words)
    // 5. What stays: audit events (the daily job removes them once five years old) and this one.
    recordAudit(ctx, { operation: 'retention.delete', householdId, objectId: householdId })
  })
}
