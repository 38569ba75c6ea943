import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm'
import type { Db, DbOrTx } from '../../db/client.ts'
import { prepared } from '../../lib/prepared.ts'
import {
  conversationAddenda,
  conversationDomains,
  conversationParticipants,
  conversations,
  conversationVersions,
  involvedProfessionals,
  lifeDomains,
  networkMembers,
  organisations,
  persons,
  users,
} from '../../db/schema/index.ts'

export type ConversationRow = typeof conversations.$inferSelect & { authorName: string }

const rowColumns = {
  id: conversations.id,
  householdId: conversations.householdId,
  authorId: conversations.authorId,
  occurredAt: conversations.occurredAt,
  kind: conversations.kind,
  text: conversations.text,
  thirdPartyInfo: conversations.thirdPartyInfo,
  version: conversations.version,
  createdAt: conversations.createdAt,
  editedAt: conversations.editedAt,
  authorName: users.name,
}

type ListRow = Omit<ConversationRow, 'thirdPartyInfo'> & { thirdPartyInfo: 0 | 1 }

const listColumns = `SELECT c.id, c.household_id AS householdId, c.author_id AS authorId, c.occurred_at AS occurredAt,
    c.kind, c.text, c.third_party_info AS thirdPartyInfo, c.version, c.created_at AS createdAt,
    c.edited_at AS editedAt, u.name AS authorName
  FROM conversations c JOIN users u ON u.id = c.author_id`
const kindFilter = ' AND (@kind IS NULL OR c.kind = @kind)'
const domainFilter = ` AND (@domainId IS NULL OR EXISTS (SELECT 1 FROM conversation_domains d
    WHERE d.conversation_id = c.id AND d.domain_id = @domainId))`
const newestFirst = ' ORDER BY c.occurred_at DESC, c.id DESC LIMIT @limit'
/** Two fixed statements (first page, later pages), so both are prepared once and the cursor stays an index range. */
const firstPageSql = `${listColumns} WHERE c.household_id = @householdId${kindFilter}${domainFilter}${newestFirst}`
const laterPageSql = `${listColumns} WHERE c.household_id = @householdId
    AND (c.occurred_at, c.id) < (@beforeKey, @beforeId)${kindFilter}${domainFilter}${newestFirst}`

/** Newest first, keyset-paginated on (occurred_at, id) so deep pages cost the same as the first. */
export function listConversations(
  db: Db,
  householdId: number,
  filter: {
    kind?: string
    domainId?: number
    before?: { sortKey: string; id: number } | null
    limit: number
  },
): ConversationRow[] {
  const params = {
    householdId,
    kind: filter.kind ?? null,
    domainId: filter.domainId ?? null,
    limit: filter.limit,
    ...(filter.before ? { beforeKey: filter.before.sortKey, beforeId: filter.before.id } : {}),
  }
  const rows = prepared<[typeof params], ListRow>(
    db.$client,
    filter.before ? laterPageSql : firstPageSql,
  ).all(params)
  return rows.map((r) => ({ ...r, thirdPartyInfo: r.thirdPartyInfo === 1 }))
}

export function findConversation(db: DbOrTx, householdId: number, conversationId: number) {
  return db
    .select(rowColumns)
    .from(conversations)
    .innerJoin(users, eq(users.id, conversations.authorId))
    .where(and(eq(conversations.id, conversationId), eq(conversations.householdId, householdId)))
    .get()
}

export function insertConversation(db: DbOrTx, values: typeof conversations.$inferInsert) {
  return db.insert(conversations).values(values).returning({ id: conversations.id }).get()
}

export function updateConversation(
  db: DbOrTx,
  id: number,
  values: Partial<typeof conversations.$inferInsert>,
) {
  db.update(conversations).set(values).where(eq(conversations.id, id)).run()
}

export function insertVersion(db: DbOrTx, values: typeof conversationVersions.$inferInsert) {
  db.insert(conversationVersions).values(values).run()
}

export function listVersions(db: DbOrTx, conversationId: number) {
  return db
    .select()
    .from(conversationVersions)
    .where(eq(conversationVersions.conversationId, conversationId))
    .orderBy(desc(conversationVersions.version))
    .all()
}

export function replaceParticipants(
  db: DbOrTx,
  conversationId: number,
  participants: { kind: 'member' | 'network' | 'professional'; refId: number }[],
) {
  db.delete(conversationParticipants).where(eq(conversationParticipants.conversationId, conversationId)).run()
  if (participants.length) {
    db.insert(conversationParticipants)
      .values(participants.map((p) => ({ conversationId, ...p })))
      .onConflictDoNothing()
      .run()
  }
}

export function replaceDomains(db: DbOrTx, conversationId: number, domainIds: number[]) {
  db.delete(conversationDomains).where(eq(conversationDomains.conversationId, conversationId)).run()
  if (domainIds.length) {
    db.insert(conversationDomains)
      .values([...new Set(domainIds)].map((domainId) => ({ conversationId, domainId })))
      .run()
  }
}

export function insertAddendum(db: DbOrTx, values: typeof conversationAddenda.$inferInsert) {
  return db.insert(conversationAddenda).values(values).returning({ id: conversationAddenda.id }).get()
}

const participantsSql = `SELECT cp.conversation_id AS conversationId, cp.kind, cp.ref_id AS refId,
    CASE cp.kind
      WHEN 'member' THEN (SELECT given_name || ' ' || family_name FROM persons WHERE id = cp.ref_id)
      WHEN 'network' THEN (SELECT name FROM network_members WHERE id = cp.ref_id)
      ELSE (SELECT p.contact_person || ' (' || o.name || ')' FROM involved_professionals p
            JOIN organisations o ON o.id = p.organisation_id WHERE p.id = cp.ref_id) END AS name
  FROM conversation_participants cp WHERE cp.conversation_id IN (SELECT value FROM json_each(?))`
const domainsSql = `SELECT cd.conversation_id AS conversationId, d.id, d.name_nl AS nameNl, d.name_en AS nameEn
  FROM conversation_domains cd JOIN life_domains d ON d.id = cd.domain_id
  WHERE cd.conversation_id IN (SELECT value FROM json_each(?)) ORDER BY d.sort_order`
const addendaSql = `SELECT a.conversation_id AS conversationId, a.id, u.name AS author, a.text, a.created_at AS createdAt
  FROM conversation_addenda a JOIN users u ON u.id = a.author_id
  WHERE a.conversation_id IN (SELECT value FROM json_each(?)) ORDER BY a.id`

/**
 * Participants, domains and addenda of a page of conversations, in three prepared queries: the ids travel as one
 * JSON array, so every page size uses the same statements.
 */
export function loadDetails(db: Db, ids: number[]) {
  if (ids.length === 0) return { participants: [], domains: [], addenda: [] }
  const list = JSON.stringify(ids)
  const participants = prepared<
    [string],
    {
      conversationId: number
      kind: 'member' | 'network' | 'professional'
      refId: number
      name: string | null
    }
  >(db.$client, participantsSql).all(list)
  const domains = prepared<[string], { conversationId: number; id: number; nameNl: string; nameEn: string }>(
    db.$client,
    domainsSql,
  ).all(list)
  const addenda = prepared<
    [string],
    { conversationId: number; id: number; author: string; text: string; createdAt: string }
  >(db.$client, addendaSql).all(list)
  return { participants, domains, addenda }
}

/** Which of the given participants really belong to this household now. */
export function countOwnParticipants(
  db: DbOrTx,
  householdId: number,
  participants: { kind: 'member' | 'network' | 'professional'; refId: number }[],
) {
  const ids = (kind: string) => participants.filter((p) => p.kind === kind).map((p) => p.refId)
  const count = (rows: unknown[]) => rows.length
  const members = ids('member').length
    ? count(
        db
          .select({ id: persons.id })
          .from(persons)
          .where(
            and(
              eq(persons.householdId, householdId),
              isNull(persons.leftOn),
              inArray(persons.id, ids('member')),
            ),
          )
          .all(),
      )
    : 0
  const network = ids('network').length
    ? count(
        db
          .select({ id: networkMembers.id })
          .from(networkMembers)
          .where(and(eq(networkMembers.householdId, householdId), inArray(networkMembers.id, ids('network'))))
          .all(),
      )
    : 0
  const professionals = ids('professional').length
    ? count(
        db
          .select({ id: involvedProfessionals.id })
          .from(involvedProfessionals)
          .innerJoin(organisations, eq(organisations.id, involvedProfessionals.organisationId))
          .where(
            and(
              eq(involvedProfessionals.householdId, householdId),
              inArray(involvedProfessionals.id, ids('professional')),
            ),
          )
          .all(),
      )
    : 0
  return members + network + professionals
}

export function listActiveDomains(db: DbOrTx) {
  return db
    .select({ id: lifeDomains.id, nameNl: lifeDomains.nameNl, nameEn: lifeDomains.nameEn })
    .from(lifeDomains)
    .where(eq(lifeDomains.active, true))
    .orderBy(asc(lifeDomains.sortOrder))
    .all()
}
