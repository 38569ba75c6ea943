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

/** Relative frequency of each shape in a caseload: about 2.3 persons per household, many living alone. */
export const shapeWeights = {
  singleParent: 14,
  twoParents: 10,
  olderCouple: 10,
  olderAlone: 13,
  youngAlone: 11,
  adultAlone: 15,
  couple: 7,
  blended: 6,
  interpreter: 8,
  represented: 5,
  threeGenerations: 2,
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

const originByFamilyName = new Map(
  originNames.flatMap((o) => o.familyNames.map((name) => [name, o] as const)),
)

function givenNameFor(ctx: ShapeContext, sex: Sex, age: number, family?: string): string {
  // Parents and grandparents born abroad carry a name from there; their children often a Dutch or shared one.
  const origin = family === undefined ? undefined : originByFamilyName.get(family)
  if (origin && age >= 25) return ctx.rng.pick(origin.given[sex])
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

/**
 * Ages of up to `count` children of a parent aged `parentAge`, oldest first, two to four years apart, none
 * younger than `youngest` (a blended family's own children predate the new partner).
 */
function childAges(ctx: ShapeContext, parentAge: number, count: number, youngest = 0): number[] {
  const ages: number[] = []
  const oldest = Math.min(parentAge - 19, 19)
  let age = ctx.rng.int(Math.min(oldest, Math.max(youngest, parentAge - 38)), oldest)
  for (let i = 0; i < count && age >= youngest; i++) {
    ages.push(age)
    age -= ctx.rng.int(2, 4)
  }
  return ages
}

/** A given name nobody else in the household has: "Bohdan" and "Bohdan" confuse everyone. */
function uniqueGiven(taken: Set<string>, draw: () => string): string {
  let given = draw()
  for (let i = 0; i < 6 && taken.has(given); i++) given = draw()
  taken.add(given)
  return given
}

function children(
  ctx: ShapeContext,
  taken: Set<string>,
  parentAge: number,
  count: number,
  family: string,
  relation: Relation = 'child',
  youngest = 0,
): MemberDraft[] {
  return childAges(ctx, parentAge, count, youngest).map((age) => {
    const sex = randomSex(ctx)
    const given = uniqueGiven(taken, () => givenNameFor(ctx, sex, age))
    return member(given, family, sex, birthdate(ctx, age), relation)
  })
}

function adult(
  ctx: ShapeContext,
  taken: Set<string>,
  sex: Sex,
  age: number,
  family: string,
  relation: Relation,
): MemberDraft {
  const given = uniqueGiven(taken, () => givenNameFor(ctx, sex, age, family))
  return member(given, family, sex, birthdate(ctx, age), relation)
}

function representativeFor(ctx: ShapeContext): { name: string; kind: RepresentativeKind } {
  const sex = randomSex(ctx)
  const name = `${ctx.rng.pick(middleGivenNames[sex])} ${familyName(ctx)}`
  return { name, kind: ctx.rng.chance(0.6) ? 'mentor' : 'curator' }
}

const shapes: Record<ShapeKind, (ctx: ShapeContext) => HouseholdDraft> = {
  // The domain's typical case: a mother (sometimes a father) alone with three children.
  singleParent(ctx) {
    const taken = new Set<string>()
    const sex = randomSex(ctx, 0.82)
    const age = ctx.rng.int(26, 52)
    const family = familyName(ctx)
    // Children often carry the name of a father who lives elsewhere.
    const childFamily = sex === 'f' && ctx.rng.chance(0.35) ? familyName(ctx) : family
    const parent = adult(ctx, taken, sex, age, family, 'parent')
    const kids = children(ctx, taken, age, ctx.rng.pick([1, 2, 2, 3, 3, 3, 4]), childFamily)
    return { name: familyHouseholdName(family), members: [parent, ...kids] }
  },

  twoParents(ctx) {
    const taken = new Set<string>()
    const family = familyName(ctx)
    const fatherAge = ctx.rng.int(29, 55)
    const motherAge = Math.max(24, fatherAge + ctx.rng.int(-6, 2))
    const motherFamily = ctx.rng.chance(0.5) ? familyName(ctx) : family
    const members = [
      adult(ctx, taken, 'f', motherAge, motherFamily, 'parent'),
      adult(ctx, taken, 'm', fatherAge, family, 'parent'),
      ...children(ctx, taken, motherAge, ctx.rng.int(1, 4), family),
    ]
    return { name: familyHouseholdName(family), members }
  },

  olderCouple(ctx) {
    const taken = new Set<string>()
    const family = familyName(ctx)
    const husbandAge = ctx.rng.int(70, 93)
    const wifeFamily = ctx.rng.chance(0.5) ? familyName(ctx) : family
    const husband = adult(ctx, taken, 'm', husbandAge, family, 'resident')
    const wife = adult(ctx, taken, 'f', Math.max(66, husbandAge + ctx.rng.int(-5, 1)), wifeFamily, 'partner')
    if (ctx.rng.chance(0.15)) Object.assign(husband, toRepresented(representativeFor(ctx)))
    return { name: familyHouseholdName(family), members: [husband, wife] }
  },

  olderAlone: (ctx) => alone(ctx, randomSex(ctx, 0.7), ctx.rng.int(72, 97)),

  // Often a young man on his own with debts.
  youngAlone: (ctx) => alone(ctx, randomSex(ctx, 0.2), ctx.rng.int(18, 27)),

  adultAlone: (ctx) => alone(ctx, randomSex(ctx, 0.5), ctx.rng.int(28, 69)),

  couple(ctx) {
    const taken = new Set<string>()
    const family = familyName(ctx)
    const otherFamily = familyName(ctx)
    const age = ctx.rng.int(24, 66)
    const members = [
      adult(ctx, taken, 'f', age, family, 'resident'),
      adult(ctx, taken, 'm', Math.max(19, age + ctx.rng.int(-3, 6)), otherFamily, 'partner'),
    ]
    return { name: familyHouseholdName(family, otherFamily), members }
  },

  // A parent, a new partner, children of both from before, sometimes a young child together; the children's
  // other parent lives elsewhere.
  blended(ctx) {
    const taken = new Set<string>()
    const family = familyName(ctx)
    const partnerFamily = familyName(ctx)
    const parentSex = randomSex(ctx, 0.75)
    const partnerSex = parentSex === 'f' ? 'm' : 'f'
    const parentAge = ctx.rng.int(30, 50)
    const partnerAge = Math.max(26, parentAge + ctx.rng.int(-4, 6))
    const members = [
      adult(ctx, taken, parentSex, parentAge, family, 'parent'),
      adult(ctx, taken, partnerSex, partnerAge, partnerFamily, 'stepparent'),
      ...children(ctx, taken, parentAge, ctx.rng.int(1, 3), family, 'child', 4),
      ...children(ctx, taken, partnerAge, ctx.rng.int(1, 2), partnerFamily, 'stepchild', 4),
    ]
    const motherAge = parentSex === 'f' ? parentAge : partnerAge
    if (motherAge < 42 && ctx.rng.chance(0.35)) {
      const sex = randomSex(ctx)
      const given = uniqueGiven(taken, () => givenNameFor(ctx, sex, 0))
      const fatherFamily = parentSex === 'm' ? family : partnerFamily
      members.push(member(given, fatherFamily, sex, birthdate(ctx, ctx.rng.int(0, 2)), 'child'))
    }
    return { name: familyHouseholdName(family, partnerFamily), members }
  },

  // Born abroad; conversations go through an interpreter.
  interpreter(ctx) {
    const origin = ctx.rng.pick(originNames)
    return ctx.rng.chance(0.25) ? migrantAlone(ctx, origin) : migrantFamily(ctx, origin)
  },

  // An adult who cannot decide alone, with a mentor (care decisions) or curator (money and goods).
  represented(ctx) {
    const draft = alone(ctx, randomSex(ctx, 0.45), ctx.rng.int(21, 84))
    Object.assign(draft.members[0]!, toRepresented(representativeFor(ctx)))
    return draft
  },

  threeGenerations(ctx) {
    const draft = shapes.twoParents(ctx)
    const taken = new Set(draft.members.map((m) => m.givenName))
    const grandSex = randomSex(ctx, 0.7)
    draft.members.push(adult(ctx, taken, grandSex, ctx.rng.int(74, 92), familyName(ctx), 'grandparent'))
    return draft
  },
}

function alone(ctx: ShapeContext, sex: Sex, age: number): HouseholdDraft {
  const family = familyName(ctx)
  return {
    name: singleHouseholdName(sex, family),
    members: [adult(ctx, new Set(), sex, age, family, 'resident')],
  }
}

/**
 * Mostly Dutch family names; some families have Turkish or Moroccan roots, settled for two or three
 * generations, and need no interpreter.
 */
function familyName(ctx: ShapeContext): string {
  if (ctx.rng.chance(0.1)) return ctx.rng.pick(ctx.rng.pick(settledOrigins).familyNames)
  return ctx.rng.pick(ctx.pools.familyNames)
}

const settledOrigins = originNames.filter((o) => o.origin === 'Turkije' || o.origin === 'Marokko')

function toRepresented(rep: { name: string; kind: RepresentativeKind }): Partial<MemberDraft> {
  return { representativeName: rep.name, representativeKind: rep.kind }
}

function migrantAlone(ctx: ShapeContext, origin: OriginNames): HouseholdDraft {
  const sex = randomSex(ctx, 0.6)
  const family = familyNameFor(origin, ctx.rng.pick(origin.familyNames), sex)
  const age = ctx.rng.int(45, 84)
  const person = member(ctx.rng.pick(origin.given[sex]), family, sex, birthdate(ctx, age), 'resident')
  return { name: singleHouseholdName(sex, family), members: [person] }
}

function migrantFamily(ctx: ShapeContext, origin: OriginNames): HouseholdDraft {
  const taken = new Set<string>()
  const family = ctx.rng.pick(origin.familyNames)
  const fatherAge = ctx.rng.int(28, 52)
  const motherAge = Math.max(22, fatherAge + ctx.rng.int(-8, 0))
  const person = (sex: Sex, age: number, relation: Relation) => {
    const given = uniqueGiven(taken, () => ctx.rng.pick(origin.given[sex]))
    return member(given, familyNameFor(origin, family, sex), sex, birthdate(ctx, age), relation)
  }
  const members = [person('m', fatherAge, 'parent'), person('f', motherAge, 'parent')]
  for (const age of childAges(ctx, motherAge, ctx.rng.int(1, 4)))
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
