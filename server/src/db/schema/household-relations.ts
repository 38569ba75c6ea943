import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { persons } from './persons.ts'
import { organisations } from './catalogues.ts'

/** Who holds parental authority (gezag) over a minor: a member of the household, or someone outside it. */
export const authorityHolders = sqliteTable(
  'authority_holders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    childId: integer('child_id')
      .notNull()
      .references(() => persons.id),
    holderPersonId: integer('holder_person_id').references(() => persons.id),
    externalName: text('external_name'),
    externalContact: text('external_contact'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('authority_holders_child_idx').on(t.childId),
    index('authority_holders_holder_idx').on(t.holderPersonId),
  ],
)

/** The informal network around a household: family, friends, neighbours. */
export const networkMembers = sqliteTable(
  'network_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    howTheyHelp: text('how_they_help'),
    contact: text('contact'),
    createdAt: text('created_at').notNull(),
    endedOn: text('ended_on'),
  },
  (t) => [index('network_members_household_idx').on(t.householdId)],
)

/** Professionals of partner organisations involved with a household. */
export const involvedProfessionals = sqliteTable(
  'involved_professionals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    contactPerson: text('contact_person').notNull(),
    role: text('role'),
    contact: text('contact'),
    createdAt: text('created_at').notNull(),
    endedOn: text('ended_on'),
  },
  (t) => [
    index('involved_professionals_household_idx').on(t.householdId),
    index('involved_professionals_organisation_idx').on(t.organisationId),
  ],
)

/** Legal protection from the first contact: what was explained and offered, when and by whom. */
export const firstContacts = sqliteTable('first_contacts', {
  householdId: integer('household_id')
    .primaryKey()
    .references(() => households.id),
  voluntaryExplainedOn: text('voluntary_explained_on'),
  voluntaryExplainedBy: integer('voluntary_explained_by'),
  clientSupportOffer: text('client_support_offer', { enum: ['accepted', 'declined', 'later'] }),
  clientSupportOfferedOn: text('client_support_offered_on'),
  clientSupportOfferedBy: integer('client_support_offered_by'),
  objectionExplainedOn: text('objection_explained_on'),
  objectionExplainedBy: integer('objection_explained_by'),
  updatedAt: text('updated_at').notNull(),
})
