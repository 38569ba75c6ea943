import type { Role } from '#shared/domain/roles'

/** The one password of every demo log-in. Demo data only: a real installation starts without these accounts. */
export const demoPassword = 'Naast-demo-2026'

export type DemoAccount = {
  key: string
  role: Role
  email: string
  name: string
  /** Staff only: the team the account belongs to. */
  teamName?: string
  /** Household log-ins only: the household the person lives in. */
  householdName?: string
}

/** The published demo log-ins. The seeds create exactly these; tests log in with them. */
export const demoAccounts = [
  { key: 'admin', role: 'admin', email: 'ingrid.mulder@voorbeeld.nl', name: 'Ingrid Mulder' },
  {
    key: 'supervisorNoord',
    role: 'supervisor',
    email: 'teamleider.noord@voorbeeld.nl',
    name: 'Marieke van Dijk',
    teamName: 'Wijkteam Noord',
  },
  {
    key: 'supervisorZuid',
    role: 'supervisor',
    email: 'teamleider.zuid@voorbeeld.nl',
    name: 'Hans Visser',
    teamName: 'Wijkteam Zuid',
  },
  {
    key: 'workerNoord1',
    role: 'worker',
    email: 'sanne.deboer@voorbeeld.nl',
    name: 'Sanne de Boer',
    teamName: 'Wijkteam Noord',
  },
  {
    key: 'workerNoord2',
    role: 'worker',
    email: 'youssef.elamrani@voorbeeld.nl',
    name: 'Youssef El Amrani',
    teamName: 'Wijkteam Noord',
  },
  {
    key: 'workerZuid1',
    role: 'worker',
    email: 'lotte.hendriks@voorbeeld.nl',
    name: 'Lotte Hendriks',
    teamName: 'Wijkteam Zuid',
  },
  {
    key: 'workerZuid2',
    role: 'worker',
    email: 'thijs.meijer@voorbeeld.nl',
    name: 'Thijs Meijer',
    teamName: 'Wijkteam Zuid',
  },
  {
    // Single mother of Sem (17), Lieke (15) and Daan (11).
    key: 'householdMother',
    role: 'household',
    email: 'kim.jansen@voorbeeld.nl',
    name: 'Kim Jansen',
    householdName: 'Familie Jansen',
  },
  {
    // Lives with his wife Ria; both over 75.
    key: 'householdOlder',
    role: 'household',
    email: 'gerrit.degroot@voorbeeld.nl',
    name: 'Gerrit de Groot',
    householdName: 'Familie De Groot',
  },
] as const satisfies readonly DemoAccount[]

export type DemoAccountKey = (typeof demoAccounts)[number]['key']

export function demoAccount(key: DemoAccountKey): DemoAccount {
  const account = demoAccounts.find((a) => a.key === key)
  if (!account) throw new Error(`Unknown demo account: ${key}`)
  return account
}
