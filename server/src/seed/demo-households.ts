import { birthdateForAge } from './dates.ts'
import type { DemoAccountKey } from './demo-accounts.ts'
import type { Sex } from './names.ts'
import {
  birthdayToday,
  birthdayTomorrow,
  familyHouseholdName,
  member,
  singleHouseholdName,
  type HouseholdDraft,
  type MemberDraft,
  type Relation,
  type RepresentativeKind,
} from './shapes.ts'

/**
 * The hand-written households of the demo: the cases a demo walks through, with ages that exercise the age
 * rules (11, 12, 15, 16, 17, a 12th birthday today, a 16th birthday tomorrow, and people over 75).
 */
export type CastHousehold = HouseholdDraft & {
  /** 0 = Wijkteam Noord, 1 = Wijkteam Zuid. */
  team: 0 | 1
  /** Which of the team's two neighbourhoods. */
  neighbourhood: 0 | 1
  /** The member (index into members) who has a household log-in, and which. */
  login?: { memberIndex: number; key: DemoAccountKey }
}

type Age = number | { birthdate: string }

export function castHouseholds(today: string): CastHousehold[] {
  let spread = 0
  // Fixed ages sit at least two weeks from a birthday, so they hold for a demo started a few days later.
  const born = (age: Age): string => {
    if (typeof age !== 'number') return age.birthdate
    spread = (spread + 0.37) % 1
    return birthdateForAge(today, age, spread, 14)
  }
  const p = (
    given: string,
    family: string,
    sex: Sex,
    age: Age,
    relation: Relation,
    representative?: { name: string; kind: RepresentativeKind },
  ): MemberDraft => member(given, family, sex, born(age), relation, representative)

  return [
    {
      team: 0,
      neighbourhood: 0,
      name: familyHouseholdName('Jansen'),
      login: { memberIndex: 0, key: 'householdMother' },
      members: [
        p('Kim', 'Jansen', 'f', 41, 'parent'),
        p('Sem', 'Jansen', 'm', 17, 'child'),
        p('Lieke', 'Jansen', 'f', 15, 'child'),
        p('Daan', 'Jansen', 'm', 11, 'child'),
      ],
    },
    {
      team: 0,
      neighbourhood: 1,
      name: familyHouseholdName('de Groot'),
      login: { memberIndex: 0, key: 'householdOlder' },
      members: [p('Gerrit', 'de Groot', 'm', 79, 'resident'), p('Ria', 'de Groot', 'f', 77, 'partner')],
    },
    {
      // Young man on his own; debts were the reason to come in.
      team: 0,
      neighbourhood: 0,
      name: singleHouseholdName('m', 'Bakker'),
      members: [p('Kevin', 'Bakker', 'm', 22, 'resident')],
    },
    {
      // Mother, her new partner and a child of each; Julia's father lives elsewhere. Julia turns 16 tomorrow.
      team: 0,
      neighbourhood: 1,
      name: familyHouseholdName('Visser', 'Smit'),
      members: [
        p('Linda', 'Visser', 'f', 39, 'parent'),
        p('Marco', 'Smit', 'm', 42, 'stepparent'),
        p('Julia', 'Visser', 'f', { birthdate: birthdayTomorrow(today, 16) }, 'child'),
        p('Tim', 'Smit', 'm', 10, 'stepchild'),
      ],
    },
    {
      // Came from Eritrea three years ago; conversations go through a Tigrinya interpreter.
      team: 0,
      neighbourhood: 0,
      name: familyHouseholdName('Haile'),
      members: [
        p('Yonas', 'Haile', 'm', 38, 'parent'),
        p('Selam', 'Haile', 'f', 33, 'parent'),
        p('Filmon', 'Haile', 'm', 12, 'child'),
        p('Helen', 'Haile', 'f', 9, 'child'),
      ],
    },
    {
      // Turkish-speaking widow; her son usually interprets, which the team wants to avoid.
      team: 0,
      neighbourhood: 1,
      name: singleHouseholdName('f', 'Yılmaz'),
      members: [p('Ayşe', 'Yılmaz', 'f', 71, 'resident')],
    },
    {
      team: 0,
      neighbourhood: 0,
      name: singleHouseholdName('m', 'van Leeuwen'),
      members: [p('Peter', 'van Leeuwen', 'm', 46, 'resident', { name: 'Annemiek Kramer', kind: 'mentor' })],
    },
    {
      // Noor turns 12 today.
      team: 0,
      neighbourhood: 1,
      name: familyHouseholdName('Peters'),
      members: [
        p('Esther', 'Peters', 'f', 43, 'parent'),
        p('Jeroen', 'Peters', 'm', 44, 'parent'),
        p('Noor', 'Peters', 'f', { birthdate: birthdayToday(today, 12) }, 'child'),
        p('Bram', 'Peters', 'm', 8, 'child'),
      ],
    },
    {
      // Fled Syria; Arabic interpreter. Grandmother Samira lives with them.
      team: 1,
      neighbourhood: 0,
      name: familyHouseholdName('Haddad'),
      members: [
        p('Rami', 'Haddad', 'm', 45, 'parent'),
        p('Lina', 'Haddad', 'f', 40, 'parent'),
        p('Yara', 'Haddad', 'f', 16, 'child'),
        p('Omar', 'Haddad', 'm', 13, 'child'),
        p('Samira', 'Haddad', 'f', 76, 'grandparent'),
      ],
    },
    {
      team: 1,
      neighbourhood: 1,
      name: singleHouseholdName('f', 'Hoekstra'),
      members: [p('Johanna', 'Hoekstra', 'f', 58, 'resident', { name: 'Robert de Bruin', kind: 'curator' })],
    },
    {
      // Single mother with three children.
      team: 1,
      neighbourhood: 0,
      name: familyHouseholdName('El Idrissi'),
      members: [
        p('Fatima', 'El Idrissi', 'f', 36, 'parent'),
        p('Bilal', 'El Idrissi', 'm', 17, 'child'),
        p('Amira', 'El Idrissi', 'f', 11, 'child'),
        p('Ilias', 'El Idrissi', 'm', 6, 'child'),
      ],
    },
    {
      team: 1,
      neighbourhood: 1,
      name: singleHouseholdName('m', 'Dekker'),
      members: [p('Henk', 'Dekker', 'm', 84, 'resident')],
    },
    {
      // Came from Poland for work; Polish interpreter for the parents.
      team: 1,
      neighbourhood: 0,
      name: familyHouseholdName('Kowalski'),
      members: [
        p('Piotr', 'Kowalski', 'm', 34, 'parent'),
        p('Agnieszka', 'Kowalska', 'f', 31, 'parent'),
        p('Zofia', 'Kowalska', 'f', 4, 'child'),
      ],
    },
    {
      team: 1,
      neighbourhood: 1,
      name: familyHouseholdName('Mulder', 'Brouwer'),
      members: [
        p('Sandra', 'Mulder', 'f', 37, 'parent'),
        p('Dennis', 'Brouwer', 'm', 40, 'stepparent'),
        p('Mila', 'Mulder', 'f', 15, 'child'),
        p('Finn', 'Brouwer', 'm', 12, 'stepchild'),
      ],
    },
  ]
}
