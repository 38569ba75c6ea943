import { describe, expect, it } from 'vitest'
import { nl } from '#shared/i18n/nl'
import { en } from '#shared/i18n/en'

/**
 * Household-facing pages say what a professional term means instead of using it (DOMAIN.md, "Plain words for
 * households"). These are the i18n sections a household member reads: the app frame, log-in, error pages, their
 * portal and their plan. A term anywhere in them, also inside a longer word, fails the test.
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
] as const

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
        .filter((section) => section in sections)
        .flatMap((section) => strings(sections[section], section))
        .flatMap(([path, text]) =>
          jargon.filter((word) => text.toLowerCase().includes(word)).map((word) => `${path}: "${word}"`),
        )
      expect(found).toEqual([])
    })
  }

  it('cover the portal and the plan', () => {
    expect(Object.keys(nl)).toEqual(expect.arrayContaining(['portal', 'portalPlan']))
  })

  it('catch a jargon word inside a longer word', () => {
    expect(jargon.some((word) => 'Uw ondersteuningsplanning'.toLowerCase().includes(word))).toBe(true)
  })
})
