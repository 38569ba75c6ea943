import { z } from 'zod'
import { Id, IdParam, PageQuery, pageOf, type RouteSpec } from './common.ts'

export const ConversationKind = z.enum(['home_visit', 'phone', 'office', 'video', 'network', 'partner'])
export type ConversationKind = z.infer<typeof ConversationKind>

export const Participant = z.object({
  kind: z.enum(['member', 'network', 'professional']),
  refId: Id,
})
export type Participant = z.infer<typeof Participant>

/** Logging a conversation takes seconds: only the kind and the text are required; the time defaults to now. */
export const LogConversationInput = z.strictObject({
  occurredAt: z.iso.datetime({ offset: true, error: 'errors.invalidDate' }).optional(),
  kind: ConversationKind,
  text: z.string().trim().min(1).max(20_000),
  participants: z.array(Participant).max(30).optional(),
  domainIds: z.array(Id).max(13).optional(),
  thirdPartyInfo: z.boolean().optional(),
})
export type LogConversationInput = z.infer<typeof LogConversationInput>

/** A correction within 24 hours; each changes the entry and keeps the earlier version. */
export const CorrectConversationInput = LogConversationInput.partial()
export type CorrectConversationInput = z.infer<typeof CorrectConversationInput>

export const AddendumInput = z.strictObject({ text: z.string().trim().min(1).max(20_000) })

export const Conversation = z.object({
  id: Id,
  householdId: Id,
  author: z.object({ id: Id, name: z.string() }),
  occurredAt: z.string(),
  kind: ConversationKind,
  text: z.string(),
  participants: z.array(Participant.extend({ name: z.string() })),
  domains: z.array(z.object({ id: Id, name: z.string() })),
  thirdPartyInfo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  /** Until when the author may still correct it; after that only addenda. */
  correctableUntil: z.string(),
  addenda: z.array(z.object({ id: Id, author: z.string(), text: z.string(), createdAt: z.string() })),
})
export type Conversation = z.infer<typeof Conversation>

export const ConversationVersion = z.object({
  version: z.number().int(),
  occurredAt: z.string(),
  kind: ConversationKind,
  text: z.string(),
  thirdPartyInfo: z.boolean(),
  replacedAt: z.string(),
})

export const ConversationListQuery = PageQuery.extend({
  kind: ConversationKind.optional(),
  domainId: z.coerce.number().int().positive().optional(),
})
export type ConversationListQuery = z.infer<typeof ConversationListQuery>

const HouseholdParams = z.strictObject({ householdId: IdParam })
const ConversationParams = z.strictObject({ householdId: IdParam, conversationId: IdParam })

export const LifeDomain = z.object({ id: Id, nameNl: z.string(), nameEn: z.string() })
export type LifeDomain = z.infer<typeof LifeDomain>

export const conversationsApi = {
  list: {
    method: 'GET',
    path: '/api/households/:householdId/conversations',
    params: HouseholdParams,
    query: ConversationListQuery,
    response: pageOf(Conversation),
  },
  log: {
    method: 'POST',
    path: '/api/households/:householdId/conversations',
    params: HouseholdParams,
    body: LogConversationInput,
    response: Conversation,
    status: 201,
  },
  correct: {
    method: 'PATCH',
    path: '/api/households/:householdId/conversations/:conversationId',
    params: ConversationParams,
    body: CorrectConversationInput,
    response: Conversation,
  },
  addAddendum: {
    method: 'POST',
    path: '/api/households/:householdId/conversations/:conversationId/addenda',
    params: ConversationParams,
    body: AddendumInput,
    response: Conversation,
    status: 201,
  },
  versions: {
    method: 'GET',
    path: '/api/households/:householdId/conversations/:conversationId/versions',
    params: ConversationParams,
    response: z.array(ConversationVersion),
  },
  lifeDomains: { method: 'GET', path: '/api/life-domains', response: z.array(LifeDomain) },
} as const satisfies Record<string, RouteSpec>
