import { describe, expect, it } from 'vitest'
import { nl } from '#shared/i18n/nl'
import { en } from '#shared/i18n/en'
import { translate } from '#shared/i18n/index'

function leaves(node: object, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : leaves(v as object, `${prefix}${k}.`),
  )
}

describe('the two languages', () => {
  it('English has a non-empty text for every Dutch one, with the same placeholders', () => {
    const english = new Map(leaves(en))
    for (const [key, dutch] of leaves(nl)) {
      const text = english.get(key)
      expect(text, key).toBeTruthy()
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort()
      expect(placeholders(text!), key).toEqual(placeholders(dutch))
    }
  })

  it('fills placeholders and leaves unknown keys visible', () => {
    expect(translate('nl', 'errors.tooManyAttempts', { minutes: 15 })).toBe(
      'Te veel pogingen. Probeer het over 15 minuten opnieuw.',
    )
    expect(translate('en', 'no.such.key')).toBe('no.such.key')
  })
})
