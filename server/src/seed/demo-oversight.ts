import { asc, eq, ne } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { caseClosures, households, neighbourhoods, persons, teams, users } from '../db/schema/index.ts'
import { householdSearchText } from '../modules/households/search-text.ts'
import { addDays, instantBefore } from './dates.ts'
import { demoAccounts } from './demo-accounts.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/**
 * Oversight in the demo: staff have logged in over the last days (one colleague not for four months, so the
 * administrator's account review has one to look at), and an old file waits for the retention list.
 */
export function writeDemoOversight(tx: Tx, ctx: { today: string }): void {
  writeLastLogins(tx, ctx)
  writeOldFile(tx, ctx)
}

function writeLastLogins(tx: Tx, ctx: { today: string }) {
  const demoEmails = new Set<string>(demoAccounts.map((a) => a.email))
  const staff = tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(ne(users.role, 'household'))
    .orderBy(asc(users.id))
    .all()
  const stale = staff.filter((u) => !demoEmails.has(u.email)).at(-1)
  staff.forEach((user, i) => {
    const at =
      user.id === stale?.id
        ? instantBefore(ctx.today, 120, 9 * 60)
        : instantBefore(ctx.today, 1 + (i % 5), 8 * 60 + i * 7)
    tx.update(users).set({ lastLoginAt: at }).where(eq(users.id, user.id)).run()
  })
}

/**
 * An old file for the retention list: two adults supported long ago, closed about sixteen years before `today`,
 * so the administrator's daily check lists it past its date (15 years after the last change for a file without a
 * minor). It is nobody's case any more and holds no conversations.
 */
function writeOldFile(tx: Tx, ctx: { today: string }) {
  const team = tx.select({ id: teams.id }).from(teams).where(eq(teams.name, 'Wijkteam Noord')).get()
  if (!team) throw new Error('demo oversight: no Wijkteam Noord')
  const neighbourhood = tx
    .select({ id: neighbourhoods.id })
    .from(neighbourhoods)
    .where(eq(neighbourhoods.teamId, team.id))
    .get()
  if (!neighbourhood) throw new Error('demo oversight: Wijkteam Noord has no neighbourhood')
  const supervisorEmail = demoAccounts.find((a) => a.key === 'supervisorNoord')!.email
  const closer = tx.select({ id: users.id }).from(users).where(eq(users.email, supervisorEmail)).get()
  if (!closer) throw new Error('demo oversight: no supervisor for Noord')

  const openedOn = addDays(ctx.today, -(17 * 365))
  const closedOn = addDays(ctx.today, -(16 * 365 + 40))
  const address = { street: 'Lindelaan', houseNumber: 3, postcode: '1234 LK', city: 'Voorbeeld' }
  const name = 'Familie Verbeek'
  const household = tx
    .insert(households)
    .values({
      name,
      searchText: householdSearchText({ name, ...address, houseNumberAddition: null }),
      ...address,
      neighbourhoodId: neighbourhood.id,
      teamId: team.id,
      createdAt: `${openedOn}T09:00:00.000Z`,
      lastChangedAt: `${closedOn}T15:00:00.000Z`,
    })
    .returning({ id: households.id })
    .get()
  for (const [givenName, birthdate] of [
    ['Wim', '1948-04-12'],
    ['Truus', '1951-09-30'],
  ] as const)
    tx.insert(persons)
      .values({
        householdId: household.id,
        givenName,
        familyName: 'Verbeek',
        birthdate,
        relation: 'parent',
        createdAt: `${openedOn}T09:00:00.000Z`,
      })
      .run()
  tx.insert(caseClosures)
    .values({
      householdId: household.id,
      closedOn,
      reason: 'De hulp bij de verhuizing naar een seniorenwoning is afgerond.',
      evaluatedOn: closedOn,
      evaluation: 'Wim en Truus wonen goed in hun nieuwe huis en weten de buurtkamer te vinden.',
      closedBy: closer.id,
      closedAt: `${closedOn}T15:00:00.000Z`,
    })
    .run()
}
