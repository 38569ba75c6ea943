import type {
  Conversation,
  ConversationListQuery,
  CorrectConversationInput,
  LogConversationInput,
  LifeDomain,
} from '#shared/contracts/conversations'
import { dutchCalendarDate } from '#shared/domain/age'
import { correctableUntil, isCorrectable } from '#shared/domain/correction-window'
import { ErrorCode } from '#shared/contracts/common'
import { actorOf, type RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { AppError, Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { rememberSearchWords } from '../search/service.ts'
import * as repo from './repo.ts'

/** Throws Invalid (a moment after today, someone not of this household, an unknown life domain). */
function checkInput(ctx: RequestContext, householdId: number, input: CorrectConversationInput) {
  const fieldErrors: Record<string, string> = {}
  if (
    input.occurredAt &&
    dutchCalendarDate(new Date(input.occurredAt)) > dutchCalendarDate(ctx.clock.now())
  ) {
    fieldErrors.occurredAt = 'errors.dateInFuture'
  }
  const participants = dedupe(input.participants ?? [])
  if (
    participants.length &&
    repo.countOwnParticipants(ctx.db, householdId, participants) !== participants.length
  ) {
    fieldErrors.participants = 'errors.participantNotInHousehold'
  }
  const domainIds = [...new Set(input.domainIds ?? [])]
  if (domainIds.length) {
    const known = new Set(repo.listActiveDomains(ctx.db).map((d) => d.id))
    if (domainIds.some((id) => !known.has(id))) fieldErrors.domainIds = 'errors.unknownDomain'
  }
  if (Object.keys(fieldErrors).length) throw Invalid(fieldErrors)
  return { participants, domainIds }
}

function dedupe<T extends { kind: string; refId: number }>(list: T[]): T[] {
  const seen = new Set<string>()
  return list.filter((p) => !seen.has(`${p.kind}:${p.refId}`) && seen.add(`${p.kind}:${p.refId}`))
}

/** Logs a conversation in one step. Throws Invalid, NotFound. */
export function logConversation(
  ctx: RequestContext,
  householdId: number,
  input: LogConversationInput,
): Conversation {
  const actor = requireAccess(ctx, 'household:write', householdId, 'conversation.log')
  const { participants, domainIds } = checkInput(ctx, householdId, input)
  const now = ctx.clock.now().toISOString()
  const id = ctx.db.transaction((tx) => {
    const { id } = repo.insertConversation(tx, {
      householdId,
      authorId: actor.userId,
      occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : now,
      kind: input.kind,
      text: input.text,
      thirdPartyInfo: input.thirdPartyInfo ?? false,
      createdAt: now,
    })
    repo.replaceParticipants(tx, id, participants)
    repo.replaceDomains(tx, id, domainIds)
    rememberSearchWords(ctx, input.text)
    recordAudit(ctx, { operation: 'conversation.log', householdId, objectId: id })
    return id
  })
  return getOne(ctx, householdId, id)
}

/** The household's conversations, newest first. Throws NotFound (no access). */
export function listConversations(ctx: RequestContext, householdId: number, query: ConversationListQuery) {
  requireAccess(ctx, 'household:read', householdId, 'conversation.list')
  const rows = repo.listConversations(ctx.db, householdId, {
    kind: query.kind,
    domainId: query.domainId,
    before: decodeCursor(query.cursor),
    limit: query.limit + 1,
  })
  const page = rows.slice(0, query.limit)
  const last = page[page.length - 1]
  const result = {
    items: withDetails(ctx, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.occurredAt, last.id) : null,
  }
  recordAudit(ctx, { operation: 'conversation.list', householdId })
  return result
}

/**
 * The author corrects an entry within 24 hours; the earlier version is kept. Throws Forbidden (someone else's
 * entry), Conflict (the 24 hours have passed: add an addendum), Invalid, NotFound.
 */
export function correctConversation(
  ctx: RequestContext,
  householdId: number,
  conversationId: number,
  input: CorrectConversationInput,
): Conversation {
  const actor = requireAccess(ctx, 'household:write', householdId, 'conversation.correct')
  const existing = repo.findConversation(ctx.db, householdId, conversationId)
  if (!existing) throw NotFound()
  if (existing.authorId !== actor.userId) {
    throw new AppError(403, ErrorCode.forbidden, 'errors.onlyAuthorCorrects')
  }
  if (!isCorrectable(existing.createdAt, ctx.clock.now())) throw Conflict('errors.correctionWindowClosed')
  const { participants, domainIds } = checkInput(ctx, householdId, input)
  const now = ctx.clock.now().toISOString()
  ctx.db.transaction((tx) => {
    repo.insertVersion(tx, {
      conversationId,
      version: existing.version,
      occurredAt: existing.occurredAt,
      kind: existing.kind,
      text: existing.text,
      thirdPartyInfo: existing.thirdPartyInfo,
      replacedAt: now,
    })
    repo.updateConversation(tx, conversationId, {
      ...(input.occurredAt ? { occurredAt: new Date(input.occurredAt).toISOString() } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.text ? { text: input.text } : {}),
      ...(input.thirdPartyInfo !== undefined ? { thirdPartyInfo: input.thirdPartyInfo } : {}),
      version: existing.version + 1,
      editedAt: now,
    })
    if (input.participants) repo.replaceParticipants(tx, conversationId, participants)
    if (input.domainIds) repo.replaceDomains(tx, conversationId, domainIds)
    if (input.text) rememberSearchWords(ctx, input.text)
    recordAudit(ctx, { operation: 'conversation.correct', householdId, objectId: conversationId })
  })
  return getOne(ctx, householdId, conversationId)
}

/** An addendum can always be added, by anyone on the case. Throws NotFound. */
export function addAddendum(ctx: RequestContext, householdId: number, conversationId: number, text: string) {
  const actor = requireAccess(ctx, 'household:write', householdId, 'conversation.addendum')
  if (!repo.findConversation(ctx.db, householdId, conversationId)) throw NotFound()
  ctx.db.transaction((tx) => {
    const { id } = repo.insertAddendum(tx, {
      conversationId,
      authorId: actor.userId,
      text,
      createdAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'conversation.addendum', householdId, objectId: id })
  })
  return getOne(ctx, householdId, conversationId)
}

export function listVersions(ctx: RequestContext, householdId: number, conversationId: number) {
  requireAccess(ctx, 'household:read', householdId, 'conversation.versions')
  if (!repo.findConversation(ctx.db, householdId, conversationId)) throw NotFound()
  const versions = repo.listVersions(ctx.db, conversationId).map((v) => ({
    version: v.version,
    occurredAt: v.occurredAt,
    kind: v.kind as Conversation['kind'],
    text: v.text,
    thirdPartyInfo: v.thirdPartyInfo,
    replacedAt: v.replacedAt,
  }))
  recordAudit(ctx, { operation: 'conversation.versions', householdId, objectId: conversationId })
  return versions
}

export function listLifeDomains(ctx: RequestContext): LifeDomain[] {
  actorOf(ctx)
  return repo.listActiveDomains(ctx.db)
}

function getOne(ctx: RequestContext, householdId: number, conversationId: number): Conversation {
  const row = repo.findConversation(ctx.db, householdId, conversationId)
  if (!row) throw NotFound()
  return withDetails(ctx, [row])[0]!
}

function withDetails(ctx: RequestContext, rows: repo.ConversationRow[]): Conversation[] {
  const details = repo.loadDetails(
    ctx.db,
    rows.map((r) => r.id),
  )
  const english = ctx.actor?.language === 'en'
  return rows.map((r) => ({
    id: r.id,
    householdId: r.householdId,
    author: { id: r.authorId, name: r.authorName },
    occurredAt: r.occurredAt,
    kind: r.kind,
    text: r.text,
    participants: details.participants
      .filter((p) => p.conversationId === r.id)
      .map((p) => ({ kind: p.kind, refId: p.refId, name: p.name ?? '' })),
    domains: details.domains
      .filter((d) => d.conversationId === r.id)
      .map((d) => ({ id: d.id, name: english ? d.nameEn : d.nameNl })),
    thirdPartyInfo: r.thirdPartyInfo,
    version: r.version,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    correctableUntil: correctableUntil(r.createdAt),
    addenda: details.addenda
      .filter((a) => a.conversationId === r.id)
      .map((a) => ({ id: a.id, author: a.author, text: a.text, createdAt: a.createdAt })),
  }))
}
