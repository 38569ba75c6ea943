import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
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

/** Newest first, keyset-paginated on (occurred_at, id) so deep pages cost the same as the first. */
export function listConversations(
  db: DbOrTx,
  householdId: number,
  filter: {
    kind?: string
    domainId?: number
    before?: { sortKey: string; id: number } | null
    limit: number
  },
): ConversationRow[] {
  const conditions: (SQL | undefined)[] = [
    eq(conversations.householdId, householdId),
    filter.kind ? eq(conversations.kind, filter.kind as ConversationRow['kind']) : undefined,
    filter.domainId
      ? sql`EXISTS (SELECT 1 FROM conversation_domains d WHERE d.conversation_id = ${conversations.id} AND d.domain_id = ${filter.domainId})`
      : undefined,
    filter.before
      ? sql`(${conversations.occurredAt}, ${conversations.id}) < (${filter.before.sortKey}, ${filter.before.id})`
      : undefined,
  ]
  return db
    .select(rowColumns)
    .from(conversations)
    .innerJoin(users, eq(users.id, conversations.authorId))
    .where(and(...conditions))
    .orderBy(desc(conversations.occurredAt), desc(conversations.id))
    .limit(filter.limit)
    .all()
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

/** Participants, domains and addenda of a page of conversations, in three queries. */
export function loadDetails(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return { participants: [], domains: [], addenda: [] }
  const participants = db
    .select({
      conversationId: conversationParticipants.conversationId,
      kind: conversationParticipants.kind,
      refId: conversationParticipants.refId,
      name: sql<string>`CASE ${conversationParticipants.kind}
        WHEN 'member' THEN (SELECT given_name || ' ' || family_name FROM persons WHERE id = ${conversationParticipants.refId})
        WHEN 'network' THEN (SELECT name FROM network_members WHERE id = ${conversationParticipants.refId})
        ELSE (SELECT p.contact_person || ' (' || o.name || ')' FROM involved_professionals p
              JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ${conversationParticipants.refId}) END`,
    })
    .from(conversationParticipants)
    .where(inArray(conversationParticipants.conversationId, ids))
    .all()
  const domains = db
    .select({
      conversationId: conversationDomains.conversationId,
      id: lifeDomains.id,
      nameNl: lifeDomains.nameNl,
      nameEn: lifeDomains.nameEn,
    })
    .from(conversationDomains)
    .innerJoin(lifeDomains, eq(lifeDomains.id, conversationDomains.domainId))
    .where(inArray(conversationDomains.conversationId, ids))
    .orderBy(asc(lifeDomains.sortOrder))
    .all()
  const addenda = db
    .select({
      conversationId: conversationAddenda.conversationId,
      id: conversationAddenda.id,
      author: users.name,
      text: conversationAddenda.text,
      createdAt: conversationAddenda.createdAt,
    })
    .from(conversationAddenda)
    .innerJoin(users, eq(users.id, conversationAddenda.authorId))
    .where(inArray(conversationAddenda.conversationId, ids))
    .orderBy(asc(conversationAddenda.id))
    .all()
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
