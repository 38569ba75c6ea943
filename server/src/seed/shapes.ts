import type { persons } from '../db/schema/persons.ts'
import { addDays, addYears, birthdateForAge } from './dates.ts'
import {
  familyNameAlone,
  familyNameFor,
  middleGivenNames,
  olderGivenNames,
  originNames,
  type NamePools,
  type OriginNames,
  type Sex,
} from './names.ts'
import type { Rng } from './random.ts'

/** The kinds of household a neighbourhood team meets, shared by the demo and the bulk seed. */

export type Relation = (typeof persons.$inferInsert)['relation']
export type RepresentativeKind = 'mentor' | 'curator'

export type MemberDraft = {
  givenName: string
  familyName: string
  sex: Sex
  birthdate: string
  relation: Relation
  representativeName: string | null
  representativeKind: RepresentativeKind | null
}

export type HouseholdDraft = { name: string; members: MemberDraft[] }

export type ShapeContext = { rng: Rng; pools: NamePools; today: string }

/** Relative frequency of each shape in a caseload. */
export const shapeWeights = {
  singleParent: 14,
  twoParents: 16,
  olderCouple: 9,
  olderAlone: 9,
  youngAlone: 8,
  adultAlone: 10,
  couple: 6,
  blended: 9,
  interpreter: 10,
  represented: 5,
  threeGenerations: 4,
} as const

export type ShapeKind = keyof typeof shapeWeights

export function randomHousehold(
  ctx: ShapeContext,
  kind: ShapeKind = ctx.rng.weighted(shapeWeights),
): HouseholdDraft {
  return shapes[kind](ctx)
}

export function member(
  givenName: string,
  familyName: string,
  sex: Sex,
  birthdate: string,
  relation: Relation,
  representative?: { name: string; kind: RepresentativeKind },
): MemberDraft {
  return {
    givenName,
    familyName,
    sex,
    birthdate,
    relation,
    representativeName: representative?.name ?? null,
    representativeKind: representative?.kind ?? null,
  }
}

/** "Familie De Vries", or "Familie Visser / Smit" when two families live together. */
export function familyHouseholdName(...familyNames: string[]): string {
  return `Familie ${[...new Set(familyNames)].map(familyNameAlone).join(' / ')}`
}

/** "Dhr. Bakker" or "Mw. Yılmaz": how a team refers to someone living alone. */
export function singleHouseholdName(sex: Sex, familyName: string): string {
  return `${sex === 'm' ? 'Dhr.' : 'Mw.'} ${familyNameAlone(familyName)}`
}

function givenNameFor(ctx: ShapeContext, sex: Sex, age: number): string {
  if (age >= 62) return ctx.rng.pick(olderGivenNames[sex])
  if (age >= 30) return ctx.rng.pick(middleGivenNames[sex])
  return ctx.rng.pick(ctx.pools.childGiven[sex])
}

function birthdate(ctx: ShapeContext, age: number): string {
  return birthdateForAge(ctx.today, age, ctx.rng.next())
}

function randomSex(ctx: ShapeContext, femaleShare = 0.5): Sex {
  return ctx.rng.chance(femaleShare) ? 'f' : 'm'
}

/** Ages of `count` children of a parent aged `parentAge`, oldest first, one to four years apart. */
function childAges(ctx: ShapeContext, parentAge: number, count: number): number[] {
  const ages: number[] = []
  let age = ctx.rng.int(Math.max(0, Math.min(parentAge - 38, 14)), Math.min(parentAge - 19, 19))
  for (let i = 0; i < count && age >= 0; i++) {
    ages.push(age)
    age -= ctx.rng.int(1, 4)
  }
  return ages
}

function children(
  ctx: ShapeContext,
  parentAge: number,
  count: number,
  familyName: string,
  relation: Relation = 'child',
): MemberDraft[] {
  const used = new Set<string>()
  return childAges(ctx, parentAge, count).map((age) => {
    const sex = randomSex(ctx)
    let given = givenNameFor(ctx, sex, age)
    for (let i = 0; i < 3 && used.has(given); i++) given = givenNameFor(ctx, sex, age)
    used.add(given)
    return member(given, familyName, sex, birthdate(ctx, age), relation)
  })
}

function adult(
  ctx: ShapeContext,
  sex: Sex,
  age: number,
  familyName: string,
  relation: Relation,
): MemberDraft {
  return member(givenNameFor(ctx, sex, age), familyName, sex, birthdate(ctx, age), relation)
}

function representativeFor(ctx: ShapeContext): { name: string; kind: RepresentativeKind } {
  const sex = randomSex(ctx)
  const name = `${ctx.rng.pick(middleGivenNames[sex])} ${familyName(ctx)}`
  return { name, kind: ctx.rng.chance(0.6) ? 'mentor' : 'curator' }
}

const shapes: Record<ShapeKind, (ctx: ShapeContext) => HouseholdDraft> = {
  // The domain's typical case: a mother (sometimes a father) alone with three children.
  singleParent(ctx) {
    const sex = randomSex(ctx, 0.82)
    const age = ctx.rng.int(26, 52)
    const family = familyName(ctx)
    // Children often carry the name of a father who lives elsewhere.
    const childFamily = sex === 'f' && ctx.rng.chance(0.35) ? familyName(ctx) : family
    const parent = adult(ctx, sex, age, family, 'parent')
    const kids = children(ctx, age, ctx.rng.pick([1, 2, 2, 3, 3, 3, 4]), childFamily)
    return { name: familyHouseholdName(family), members: [parent, ...kids] }
  },

  twoParents(ctx) {
    const family = familyName(ctx)
    const fatherAge = ctx.rng.int(29, 55)
    const motherAge = Math.max(24, fatherAge + ctx.rng.int(-6, 2))
    const motherFamily = ctx.rng.chance(0.5) ? familyName(ctx) : family
    const members = [
      adult(ctx, 'f', motherAge, motherFamily, 'parent'),
      adult(ctx, 'm', fatherAge, family, 'parent'),
      ...children(ctx, motherAge, ctx.rng.int(1, 4), family),
    ]
    return { name: familyHouseholdName(family), members }
  },

  olderCouple(ctx) {
    const family = familyName(ctx)
    const husbandAge = ctx.rng.int(70, 93)
    const wifeFamily = ctx.rng.chance(0.5) ? familyName(ctx) : family
    const husband = adult(ctx, 'm', husbandAge, family, 'resident')
    const wife = adult(ctx, 'f', Math.max(66, husbandAge + ctx.rng.int(-5, 1)), wifeFamily, 'partner')
    if (ctx.rng.chance(0.15)) Object.assign(husband, toRepresented(representativeFor(ctx)))
    return { name: familyHouseholdName(family), members: [husband, wife] }
  },

  olderAlone(ctx) {
    const sex = randomSex(ctx, 0.7)
    const family = familyName(ctx)
    return {
      name: singleHouseholdName(sex, family),
      members: [adult(ctx, sex, ctx.rng.int(72, 97), family, 'resident')],
    }
  },

  // Often a young man on his own with debts: the team's second most common first question.
  youngAlone(ctx) {
    const sex = randomSex(ctx, 0.2)
    const family = familyName(ctx)
    return {
      name: singleHouseholdName(sex, family),
      members: [adult(ctx, sex, ctx.rng.int(18, 27), family, 'resident')],
    }
  },

  adultAlone(ctx) {
    const sex = randomSex(ctx, 0.5)
    const family = familyName(ctx)
    return {
      name: singleHouseholdName(sex, family),
      members: [adult(ctx, sex, ctx.rng.int(28, 69), family, 'resident')],
    }
  },

  couple(ctx) {
    const family = familyName(ctx)
    const otherFamily = familyName(ctx)
    const age = ctx.rng.int(24, 66)
    const members = [
      adult(ctx, 'f', age, family, 'resident'),
      adult(ctx, 'm', Math.max(19, age + ctx.rng.int(-3, 6)), otherFamily, 'partner'),
    ]
    return { name: familyHouseholdName(family, otherFamily), members }
  },

  // A parent, a new partner, children of both; a co-parent lives elsewhere.
  blended(ctx) {
    const family = familyName(ctx)
    const partnerFamily = familyName(ctx)
    const parentSex = randomSex(ctx, 0.75)
    const parentAge = ctx.rng.int(30, 50)
    const partnerAge = Math.max(26, parentAge + ctx.rng.int(-4, 6))
    const members = [
      adult(ctx, parentSex, parentAge, family, 'parent'),
      adult(ctx, parentSex === 'f' ? 'm' : 'f', partnerAge, partnerFamily, 'stepparent'),
      ...children(ctx, parentAge, ctx.rng.int(1, 3), family),
      ...children(ctx, partnerAge, ctx.rng.int(1, 2), partnerFamily, 'stepchild'),
    ]
    if (ctx.rng.chance(0.3))
      members.push(member(pickGiven(ctx, 'f'), partnerFamily, 'f', birthdate(ctx, 1), 'child'))
    return { name: familyHouseholdName(family, partnerFamily), members }
  },

  // Born abroad; conversations go through an interpreter.
  interpreter(ctx) {
    const origin = ctx.rng.pick(originNames)
    return ctx.rng.chance(0.25) ? migrantAlone(ctx, origin) : migrantFamily(ctx, origin)
  },

  // An adult who cannot decide alone, with a mentor (care decisions) or curator (everything).
  represented(ctx) {
    const sex = randomSex(ctx, 0.45)
    const family = familyName(ctx)
    const person = adult(ctx, sex, ctx.rng.int(21, 84), family, 'resident')
    Object.assign(person, toRepresented(representativeFor(ctx)))
    return { name: singleHouseholdName(sex, family), members: [person] }
  },

  threeGenerations(ctx) {
    const draft = shapes.twoParents(ctx)
    const grandSex = randomSex(ctx, 0.7)
    const grandFamily = familyName(ctx)
    draft.members.push(adult(ctx, grandSex, ctx.rng.int(74, 92), grandFamily, 'grandparent'))
    return draft
  },
}

/** Mostly Dutch family names; some families have roots elsewhere but need no interpreter. */
function familyName(ctx: ShapeContext): string {
  if (ctx.rng.chance(0.12)) return ctx.rng.pick(ctx.rng.pick(dutchSpeakingOrigins).familyNames)
  return ctx.rng.pick(ctx.pools.familyNames)
}

// Origins whose surnames have no separate female form, so one name fits the whole family.
const dutchSpeakingOrigins = originNames.filter((o) => o.femaleFamilyName === undefined)

function pickGiven(ctx: ShapeContext, sex: Sex): string {
  return ctx.rng.pick(ctx.pools.childGiven[sex])
}

function toRepresented(rep: { name: string; kind: RepresentativeKind }): Partial<MemberDraft> {
  return { representativeName: rep.name, representativeKind: rep.kind }
}

function migrantAlone(ctx: ShapeContext, origin: OriginNames): HouseholdDraft {
  const sex = randomSex(ctx, 0.6)
  const family = familyNameFor(origin, ctx.rng.pick(origin.familyNames), sex)
  const person = member(
    ctx.rng.pick(origin.given[sex]),
    family,
    sex,
    birthdate(ctx, ctx.rng.int(45, 84)),
    'resident',
  )
  return { name: singleHouseholdName(sex, family), members: [person] }
}

function migrantFamily(ctx: ShapeContext, origin: OriginNames): HouseholdDraft {
  const family = ctx.rng.pick(origin.familyNames)
  const fatherAge = ctx.rng.int(28, 52)
  const motherAge = Math.max(22, fatherAge + ctx.rng.int(-8, 0))
  const person = (sex: Sex, age: number, relation: Relation) =>
    member(
      ctx.rng.pick(origin.given[sex]),
      familyNameFor(origin, family, sex),
      sex,
      birthdate(ctx, age),
      relation,
    )
  const members = [person('m', fatherAge, 'parent'), person('f', motherAge, 'parent')]
  for (const age of childAges(ctx, motherAge, ctx.rng.int(1, 5)))
    members.push(person(randomSex(ctx), age, 'child'))
  if (ctx.rng.chance(0.2)) members.push(person(randomSex(ctx, 0.7), ctx.rng.int(68, 86), 'grandparent'))
  return { name: familyHouseholdName(family), members }
}

/** Birthdates that land exactly on a birthday boundary, for the demo's age-rule examples. */
export function birthdayToday(today: string, age: number): string {
  return addYears(today, -age)
}

export function birthdayTomorrow(today: string, age: number): string {
  return addYears(addDays(today, 1), -age)
}
