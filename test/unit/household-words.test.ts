import { describe, expect, it } from 'vitest'
import { nl } from '#shared/i18n/nl'
import { en } from '#shared/i18n/en'

/**
 * Household-facing pages say what a professional term means instead of using it (DOMAIN.md, "Plain words for
 * households"). These are the i18n sections a household member reads: the app frame, log-in, error pages, their
 * portal and their plan, and the household's part of a larger section ("oversight.household": how long the file
 * is kept, emergency access in their log). A term anywhere in them, also inside a longer word, fails the test.
 */
const jargon = [
  'casusregie',
  'procesregie',
  'regie',
  'indicatie',
  'beschikking',
  'interventie',
  'escalatie',
  'zorgaanbieder',
  'doelrealisatie',
  'ondersteuningsplan',
  'gezinsplan',
  'vraagverheldering',
  'toestemmingsverklaring',
  'afschalen',
  'nazorg',
  'cliëntondersteuning',
  'casus',
  'meldcode',
  'triage',
  'brede blik',
]
const householdSections = [
  'app',
  'login',
  'notFound',
  'errorPage',
  'portal',
  'portalPlan',
  'portalFile',
  'portalExport',
  'portalSafety',
  'oversight.household',
] as const

/** The texts at a dotted path ("oversight.household"), or undefined when there are none. */
function sectionAt(texts: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      texts,
    )
}

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`))
  }
  return []
}

describe('words on the pages a household reads', () => {
  for (const [language, texts] of [
    ['Dutch', nl],
    ['English', en],
  ] as const) {
    it(`use no professional jargon (${language})`, () => {
      const sections = texts as unknown as Record<string, unknown>
      const found = householdSections
        .filter((section) => sectionAt(sections, section) !== undefined)
        .flatMap((section) => strings(sectionAt(sections, section), section))
        .flatMap(([path, text]) =>
          jargon.filter((word) => text.toLowerCase().includes(word)).map((word) => `${path}: "${word}"`),
        )
      expect(found).toEqual([])
    })
  }

  it('cover the portal and the plan', () => {
    expect(Object.keys(nl)).toEqual(expect.arrayContaining(['portal', 'portalPlan']))
  })

  it('cover what the household reads about keeping its file and about emergency access', () => {
    const household = sectionAt(nl as unknown as Record<string, unknown>, 'oversight.household')
    expect(strings(household, 'oversight.household').map(([path]) => path)).toEqual(
      expect.arrayContaining(['oversight.household.retentionUntil', 'oversight.household.logEmergency']),
    )
  })

  it('catch a jargon word inside a longer word', () => {
    expect(jargon.some((word) => 'Uw ondersteuningsplanning'.toLowerCase().includes(word))).toBe(true)
  })
})
