import { fakerNL } from '@faker-js/faker'
import type { Rng } from './random.ts'

/**
 * Name and address material for the seeds. Faker's Dutch locale supplies children's names, family names and
 * streets; adults get names of their generation from the hand-made lists below, because a 78-year-old called
 * "Mila" makes the demo look fake at once.
 */

export type Sex = 'f' | 'm'

/** A comma-separated list as an array: keeps long word lists compact in the source. */
function list(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Given names common for people born roughly 1935–1960. */
export const olderGivenNames: Readonly<Record<Sex, readonly string[]>> = {
  f: list(`Ria, Truus, Gerda, Annie, Joke, Corrie, Wilma, Tineke, Ans, Greet, Marga, Els, Riet, Nel, Bep, Hennie,
    Willy, Gerry, Thea, Jannie, Dinie, Trees, Mien, Lenie`),
  m: list(`Gerrit, Henk, Jan, Kees, Piet, Wim, Cor, Theo, Hans, Joop, Klaas, Ben, Ad, Frans, Dirk, Harry, Bert, Rinus,
    Gert, Johan, Arie, Sjaak, Toon, Evert`),
}

/** Given names common for people born roughly 1960–1995: today's parents. */
export const middleGivenNames: Readonly<Record<Sex, readonly string[]>> = {
  f: list(`Sandra, Linda, Kim, Marieke, Esther, Anouk, Nicole, Mariska, Monique, Chantal, Karin, Patricia, Daniëlle,
    Ilse, Marloes, Wendy, Miranda, Jolanda, Saskia, Yvonne, Naima, Samira, Shirley, Priscilla, Femke, Manon, Petra,
    Ingrid, Astrid, Bianca`),
  m: list(`Mark, Dennis, Marco, Jeroen, Erik, Patrick, Martijn, Sander, Bas, Ronald, Michel, Rob, Richard, Vincent,
    Kevin, Mohamed, Sven, Niels, Joost, Stefan, Rachid, Orlando, Remco, Edwin, Arjan, Ruud, Frank, Maarten, Wouter`),
}

/**
 * Families born outside the Netherlands, for households that need an interpreter. `femaleFamilyName` covers
 * languages where a woman's surname has its own form (Polish Kowalski → Kowalska).
 */
export type OriginNames = {
  origin: string
  language: string
  familyNames: readonly string[]
  given: Readonly<Record<Sex, readonly string[]>>
  femaleFamilyName?: Readonly<Record<string, string>>
}

export const originNames: readonly OriginNames[] = [
  {
    origin: 'Syrië',
    language: 'Arabisch',
    familyNames: ['Haddad', 'Al-Hassan', 'Khalil', 'Darwish', 'Ibrahim', 'Al-Masri'],
    given: {
      f: ['Lina', 'Rania', 'Huda', 'Nour', 'Yara', 'Salma', 'Rasha', 'Samira'],
      m: ['Rami', 'Ahmad', 'Omar', 'Khaled', 'Yusuf', 'Bilal', 'Samer', 'Tarek'],
    },
  },
  {
    origin: 'Eritrea',
    language: 'Tigrinya',
    familyNames: ['Haile', 'Tesfay', 'Gebremedhin', 'Kidane', 'Berhane', 'Tesfamariam'],
    given: {
      f: ['Selam', 'Helen', 'Senait', 'Luwam', 'Saba', 'Mebrat', 'Winta'],
      m: ['Yonas', 'Filmon', 'Dawit', 'Samuel', 'Robel', 'Tesfalem', 'Merhawi'],
    },
  },
  {
    origin: 'Polen',
    language: 'Pools',
    familyNames: ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski'],
    given: {
      f: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Zofia', 'Maja', 'Anna'],
      m: ['Piotr', 'Tomasz', 'Krzysztof', 'Paweł', 'Jakub', 'Kacper', 'Marek'],
    },
    femaleFamilyName: {
      Kowalski: 'Kowalska',
      Wiśniewski: 'Wiśniewska',
      Kamiński: 'Kamińska',
      Lewandowski: 'Lewandowska',
    },
  },
  {
    origin: 'Turkije',
    language: 'Turks',
    familyNames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın'],
    given: {
      f: ['Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Emine', 'Hatice', 'Esra'],
      m: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Hasan', 'Yusuf', 'Murat'],
    },
  },
  {
    origin: 'Marokko',
    language: 'Tamazight',
    familyNames: ['El Idrissi', 'Bouzid', 'Amrani', 'Benali', 'Ouali', 'El Khatib'],
    given: {
      f: ['Fatima', 'Khadija', 'Malika', 'Aicha', 'Zohra', 'Rachida'],
      m: ['Mohamed', 'Abdelkader', 'Ahmed', 'Hassan', 'Driss', 'Mustapha'],
    },
  },
  {
    origin: 'Afghanistan',
    language: 'Dari',
    familyNames: ['Ahmadi', 'Rahimi', 'Noori', 'Hashimi', 'Sultani'],
    given: {
      f: ['Maryam', 'Zahra', 'Parwana', 'Farishta', 'Shabnam'],
      m: ['Ahmad', 'Mohammad', 'Farid', 'Nasir', 'Jawad'],
    },
  },
  {
    origin: 'Oekraïne',
    language: 'Oekraïens',
    familyNames: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk'],
    given: {
      f: ['Olena', 'Iryna', 'Natalia', 'Oksana', 'Sofiia', 'Daryna'],
      m: ['Andrii', 'Oleksandr', 'Dmytro', 'Serhii', 'Maksym', 'Bohdan'],
    },
  },
]

export function familyNameFor(origin: OriginNames, familyName: string, sex: Sex): string {
  return sex === 'f' ? (origin.femaleFamilyName?.[familyName] ?? familyName) : familyName
}

/** Faker-made pools, drawn once so the bulk seed combines them by index instead of calling faker per row. */
export type NamePools = {
  childGiven: Readonly<Record<Sex, readonly string[]>>
  familyNames: readonly string[]
  streets: readonly string[]
}

/**
 * Faker's Dutch locale knows only ~130 family names; these widen the pool so a caseload search for one name
 * does not match hundreds of households in the bulk data.
 */
const moreFamilyNames =
  list(`Aalbers, Akkerman, Arts, Baars, Beekman, Bergsma, Blom, Boersma, Bosman, Bouwman,
  Bremer, Brink, Broekhuis, Bruins, Claassen, Damen, Dijkman, Dijkstra, Doornbos, Driessen, Evers, Fransen, Geerts,
  Goossens, Hagens, Heijnen, Hermans, Hoogland, Hofstra, Hoekman, Jacobs, Jonkman, Kamphuis, Keizer, Kok, Koster,
  Kramer, Kroon, Kuipers, Lammers, Leenders, Linssen, Maas, Martens, Molenaar, Nieuwenhuis, Oosterbaan, Otten,
  Peeters, Pieters, Post, Prins, Rietveld, Roos, Rutten, Schouten, Siebers, Slot, Spijkerman, Stam, Steenbergen,
  Swinkels, Tol, Timmermans, Veenstra, Verbruggen, Verschoor, Vos, Wagenaar, Weijers, Wiersma, Willems, Wolters,
  Wouters, Zijlstra, van Beek, van Dam, van der Wal, van Es, van Rijn, van Wijk, de Haan, de Jong, de Wit, de Graaf,
  de Leeuw, ten Hove, ter Horst, van Dongen, Hoekstra, Brouwer, Smit`)

/** Street names in a Dutch town honour trees, birds, trades, painters, writers, and local families. */
const streetStems =
  list(`Eiken, Beuken, Linden, Kastanje, Rozen, Tulpen, Merel, Lijster, Spreeuw, Zwaluw, Smids,
  Bakkers, Molen, Kerk, School, Dorps, Vondel, Rembrandt, Vermeer, Hobbema, Ruysdael, Da Costa, Bilderdijk,
  Thorbecke, Troelstra, Jan Steen, Frans Hals, Prins Hendrik, Koningin Emma, Anne Frank, Multatuli, Hooft, Wilgen,
  Populieren, Iepen`)
const streetSuffixes = list('straat, straat, straat, laan, laan, weg, plantsoen, hof, singel, kade')
// "Eikendreef" reads well, "Van der Poldreef" does not: family names get the plainer suffixes.
const natureSuffixes = [...streetSuffixes, 'pad', 'dreef', 'dijk', 'gracht']

export function createNamePools(
  seed: number,
  sizes: { given: number; family: number; streets: number },
): NamePools {
  fakerNL.seed(seed)
  const childGiven = {
    f: distinct(sizes.given, () => fakerNL.person.firstName('female')),
    m: distinct(sizes.given, () => fakerNL.person.firstName('male')),
  }
  const fakerFamilyNames = distinct(sizes.family, () => fakerNL.person.lastName())
  const familyNames = [...new Set([...fakerFamilyNames, ...moreFamilyNames])]
  const familyStems = familyNames.map(capitalizeFirst)
  const streets = distinct(sizes.streets, () =>
    fakerNL.datatype.boolean(0.3)
      ? fakerNL.helpers.arrayElement(streetStems) + fakerNL.helpers.arrayElement(natureSuffixes)
      : fakerNL.helpers.arrayElement(familyStems) + fakerNL.helpers.arrayElement(streetSuffixes),
  )
  return { childGiven, familyNames, streets }
}

/** Up to `count` different values; stops early when the source runs dry instead of looping for ever. */
function distinct(count: number, make: () => string): string[] {
  const seen = new Set<string>()
  for (let attempts = 0; seen.size < count && attempts < count * 20; attempts++)
    seen.add(repairMojibake(make()))
  return [...seen]
}

/** Faker 10.6's Dutch names include "Ã\u0096mer": UTF-8 read as Latin-1. Read it back as UTF-8 ("Ömer"). */
function repairMojibake(value: string): string {
  return /[\u0080-\u009f]/.test(value) ? Buffer.from(value, 'latin1').toString('utf8') : value
}

export function capitalizeFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/** Dutch writes "de Vries" after a given name but "De Vries" on its own, as in "Familie De Vries". */
export function familyNameAlone(familyName: string): string {
  return capitalizeFirst(familyName)
}

/** "sanne.deboer" from "Sanne", "de Boer": lower case, no spaces or diacritics, as mail systems make them. */
export function emailLocalPart(givenName: string, familyName: string): string {
  const plain = (s: string) =>
    s
      .replace(/ı/g, 'i')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '')
  return `${plain(givenName)}.${plain(familyName)}`
}

/** Invented neighbourhood names, made from Dutch parts: "Molenkamp", "Rietvoorde", "Lindenhoeve". */
const placeStarts =
  list(`Molen, Linden, Eiken, Beuken, Berken, Wilgen, Riet, Zwanen, Vogel, Hazel, Weide, Akker,
  Dijk, Polder, Haven, Kerk, Bloemen, Sterren, Zon, Water, Heide, Duin, Veen, Bos, Kamper, Esse, Valk, Kievit, Reiger,
  Meidoorn`)
const placeEnds = list(
  'kamp, veld, hof, hoeve, wijk, voorde, park, rode, dorp, hout, meer, broek, horst, weide, hage, burg',
)

export function neighbourhoodNames(count: number, rng: Rng): string[] {
  const all = placeStarts.flatMap((start) => placeEnds.map((end) => start + end))
  // Fisher–Yates with the seeded source, so the names differ per neighbourhood but not per run.
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    ;[all[i], all[j]] = [all[j]!, all[i]!]
  }
  if (count > all.length) throw new Error(`At most ${all.length} neighbourhood names available`)
  return all.slice(0, count)
}

/** Letters Dutch postcodes use in practice (no F, I, O, Q, U, Y); SA, SD and SS are never issued. */
const postcodeLetters = 'ABCDEGHJKLMNPRSTVWXZ'
const postcodeLetterPairs = [...postcodeLetters]
  .flatMap((a) => [...postcodeLetters].map((b) => a + b))
  .filter((pair) => !['SA', 'SD', 'SS'].includes(pair))

const additions = ['A', 'B', 'C', '1', '2', '3', '2-hoog', '3-hoog', 'bis', 'huis', 'I', 'II']

export type Address = {
  street: string
  houseNumber: number
  houseNumberAddition: string | null
  postcode: string
  city: string
}

/**
 * Hands out unique addresses in one neighbourhood. A postcode covers one side of a stretch of street, as in
 * the real system, so neighbours share a postcode and the same address never appears twice.
 */
export class AddressBook {
  private readonly used = new Set<string>()

  constructor(
    private readonly streets: readonly string[],
    private readonly postcodeDigits: number,
    private readonly city: string,
    private readonly salt: number,
    private readonly maxHouseNumber = 160,
  ) {
    if (streets.length === 0) throw new Error('A neighbourhood needs at least one street')
  }

  next(rng: Rng): Address {
    for (let attempt = 0; ; attempt++) {
      const streetIndex = rng.int(0, this.streets.length - 1)
      const houseNumber = rng.int(1, attempt < 50 ? this.maxHouseNumber : this.maxHouseNumber * 4)
      const houseNumberAddition = rng.chance(0.18) ? rng.pick(additions) : null
      const key = `${streetIndex}|${houseNumber}|${houseNumberAddition ?? ''}`
      if (this.used.has(key)) continue
      this.used.add(key)
      const stretch = streetIndex * 20 + Math.floor(houseNumber / 20) * 2 + (houseNumber % 2)
      const letters = postcodeLetterPairs[(stretch + this.salt * 37) % postcodeLetterPairs.length]!
      return {
        street: this.streets[streetIndex]!,
        houseNumber,
        houseNumberAddition,
        postcode: `${this.postcodeDigits} ${letters}`,
        city: this.city,
      }
    }
  }
}

/** "06 1234 5678": a Dutch mobile number. */
export function mobileNumber(rng: Rng): string {
  return `06 ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`
}
