import fc from 'fast-check'
import type { RouteSpec } from '#shared/contracts/common'
import type { Db } from '../../server/src/db/client.ts'

/** Every route table (an export named `…Api`) of every contract module, as test/api/access-matrix.test.ts finds them. */
const contractModules = import.meta.glob<Record<string, unknown>>('../../shared/src/contracts/*.ts', {
  eager: true,
})
export const routeTables = Object.fromEntries(
  Object.values(contractModules).flatMap((module) =>
    Object.entries(module).filter(([name]) => name.endsWith('Api')),
  ),
) as Record<string, Record<string, RouteSpec>>

export type WriteRoute = { name: string; spec: RouteSpec }

/** Every route that changes something (POST, PUT, PATCH, DELETE), named `table.route` as in the access matrix. */
export const writeRoutes: WriteRoute[] = Object.entries(routeTables)
  .flatMap(([table, routes]) =>
    Object.entries(routes).map(([route, spec]) => ({ name: `${table.replace(/Api$/, '')}.${route}`, spec })),
  )
  .filter(({ spec }) => spec.method !== 'GET')
  .sort((a, b) => a.name.localeCompare(b.name))

/** The field names a body schema knows (objects, unions of objects, wrapped schemas): fuzzing them gets past "unknown field". */
export function bodyKeys(schema: unknown): string[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def
  if (!def) return []
  switch (def.type) {
    case 'object':
      return Object.keys(def.shape as object)
    case 'union':
      return [...new Set((def.options as unknown[]).flatMap(bodyKeys))]
    case 'pipe':
      return bodyKeys(def.in)
    case 'optional':
    case 'nullable':
    case 'default':
      return bodyKeys(def.innerType)
    default:
      return []
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile input
// ---------------------------------------------------------------------------------------------------------------

export const sqlFragments = [
  "'; DROP TABLE households;--",
  "' OR '1'='1",
  '1; SELECT * FROM users --',
  '" OR ""="',
  "Robert'); DELETE FROM persons; --",
  '%" UNION SELECT password_hash FROM users --',
  'conversations_fts MATCH "*"',
]

export const htmlFragments = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "'-alert(1)-'",
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '[klik](javascript:alert(1))',
]

export const unicodeFragments = [
  '👨‍👩‍👧‍👦🏳️‍🌈',
  'مرحبا بالعالم',
  '\u202Eevil\u202C.exe',
  'zero\u200Bwidth\uFEFF',
  '\uD800',
  '\uDFFF',
  'a\u0000b',
  '\r\n\t',
  'Z̴̡̛a̷l̸g̵o̶',
  'İstanbul ß ǅ Ⅻ',
]

export const numberishStrings = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '0x1F',
  '9007199254740993',
  'true',
  'null',
  '[]',
  '{}',
  '__proto__',
  '2026-02-30',
  '9999-99-99',
  '2026-11-23T25:61:00Z',
  '../../etc/passwd',
  '%00',
]

export const hostileNumbers = [
  -1,
  0,
  -0,
  1.5,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e308,
  999_999_999_999,
]

/** 100k+ characters: within the 256 KB body limit (a 400 for "too long"), or beyond it (a 413). */
export const hugeStrings = [
  'x'.repeat(100_001),
  'ä'.repeat(110_000),
  '<script>'.repeat(15_000),
  "'".repeat(120_000),
  '😀'.repeat(70_000),
  'A'.repeat(300_000),
]

const hostileString = fc.constantFrom(
  ...sqlFragments,
  ...htmlFragments,
  ...unicodeFragments,
  ...numberishStrings,
)

/** One field value: mostly the wrong type or a value no schema should accept. */
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 2, arbitrary: fc.constantFrom(true, false, null) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(...hugeStrings) },
)
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), leaf, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.dictionary(hostileString, leaf, { maxKeys: 2 }), { maxLength: 2 }) },
)

const extraKey = fc.constantFrom(
  'id',
  'householdId',
  'userId',
  'role',
  'isAdmin',
  '__proto__',
  'constructor',
  'prototype',
  '',
  "'; DROP TABLE users;--",
  '<b>',
)

/** Raw bodies the JSON parser has to survive. */
const rawJson = fc.constantFrom(
  '',
  'null',
  '{',
  '{"a":',
  '[]',
  '"tekst"',
  '123',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '\uFEFF{}',
  '{"a":1,"a":2}',
  '['.repeat(5_000) + ']'.repeat(5_000),
  '{"text":"\\ud800"}',
  `{"text":"${'a'.repeat(300_000)}"}`,
)

/** Strings a text field may well accept: the hostile content then reaches the service and the database. */
const plausibleString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...sqlFragments, ...htmlFragments, ...unicodeFragments) },
  { weight: 1, arbitrary: fc.constantFrom('2026-11-20', '2026-11-23T09:00:00.000Z', 'a1b2', 'g1', 'Tekst') },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
)

/**
 * A body of the right shape (read from the zod schema) with hostile content: text full of SQL, HTML and unicode,
 * numbers at the edges, ids that may or may not exist. Some of these are valid, so they get past the schema to the
 * service and the database, where a crash would hide.
 */
export function shaped(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def
  if (!def || depth > 4) return leaf
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>
      const required = Object.keys(shape).filter(
        (k) =>
          !['optional', 'default'].includes(
            String((shape[k] as { _zod: { def: { type: string } } })._zod.def.type),
          ),
      )
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, shaped(v, depth + 1)])), {
        requiredKeys: required,
      })
    }
    case 'string':
      return plausibleString
    case 'number':
      return fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constantFrom(...hostileNumbers))
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'array':
      return fc.array(shaped(def.element, depth + 1), { maxLength: 3 })
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => shaped(o, depth + 1)))
    case 'optional':
    case 'default':
      return shaped(def.innerType, depth + 1)
    case 'nullable':
      return fc.oneof(fc.constant(null), shaped(def.innerType, depth + 1))
    case 'pipe':
      return shaped(def.in, depth + 1)
    default:
      return leaf
  }
}

export type FuzzRequest = { payload: string; contentType: string; description: string }

function build(fields: [string, unknown][]): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  // defineProperty, not assignment: "__proto__" must become a real key of the JSON, not the object's prototype.
  for (const [key, v] of fields)
    Object.defineProperty(body, key, { value: v, enumerable: true, configurable: true, writable: true })
  return body
}

/**
 * Bodies for a route with this body schema: its fields with wrong values (missing ones left out), extra fields,
 * bodies of the right shape with hostile content, other top-level JSON (null, arrays, strings), broken JSON and
 * other content types.
 */
export function fuzzBody(schema: unknown): fc.Arbitrary<FuzzRequest> {
  const keys = bodyKeys(schema)
  const fields = fc
    .tuple(
      fc.subarray(keys).chain((chosen) => fc.tuple(...chosen.map((k) => value.map((v) => [k, v] as const)))),
      // A body without fields of its own is valid when empty: always add something that does not belong there.
      fc.array(fc.tuple(extraKey, value), { minLength: keys.length ? 0 : 1, maxLength: 2 }),
    )
    .map(([known, extra]) => build([...known, ...extra] as [string, unknown][]))
  const json = (v: unknown): FuzzRequest => ({
    payload: JSON.stringify(v) ?? 'null',
    contentType: 'application/json',
    description: 'json',
  })
  return fc.oneof(
    { weight: 7, arbitrary: fields.map(json) },
    { weight: 2, arbitrary: shaped(schema).map((v) => ({ ...json(v), description: 'shaped' })) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }).map(json) },
    { weight: 1, arbitrary: fc.array(fields, { minLength: 1, maxLength: 2 }).map(json) },
    {
      weight: 1,
      arbitrary: rawJson.map((payload) => ({ payload, contentType: 'application/json', description: 'raw' })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fields, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml'))
        .map(([body, contentType]) => ({
          payload: JSON.stringify(body),
          contentType,
          description: 'other type',
        })),
    },
  )
}

/** Path segments that are not ids, for swapping in now and then. */
export const hostileSegments = [
  '0',
  '-1',
  '1e3',
  '1.5',
  '9007199254740993',
  'NaN',
  "1' OR '1'='1",
  '<script>',
  '%00',
  '..%2F..',
  '0xFFFFFF',
  '%F0%9F%98%80',
]

// ---------------------------------------------------------------------------------------------------------------
// Database fingerprint
// ---------------------------------------------------------------------------------------------------------------

/**
 * Tables that legitimately change on a refused request, left out of the fingerprint:
 * - audit_events: every refusal about case data is audit-logged (NEN 7513 asks for denied access too);
 * - sqlite_sequence: holds audit_events' id counter, which moves with each such event;
 * - sessions: last_seen_at is touched by every authenticated request, refused or not;
 * - login_challenges: a wrong second-factor code is counted on the log-in challenge to stop guessing;
 * - *_fts*: full-text shadow tables, kept in step by triggers with tables that are fingerprinted.
 */
const notFingerprinted = (table: string) =>
  ['audit_events', 'sqlite_sequence', 'sessions', 'login_challenges'].includes(table) ||
  table.includes('_fts')

export function caseTables(db: Db): string[] {
  return (
    db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string
    }[]
  )
    .map((r) => r.name)
    .filter((name) => !notFingerprinted(name))
}

/** The content of every case table, one string per table. */
export function fingerprint(db: Db, tables: string[]): Map<string, string> {
  return new Map(
    tables.map((table) => [
      table,
      JSON.stringify(db.$client.prepare(`SELECT * FROM "${table}"`).raw().all()),
    ]),
  )
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((table) => before.get(table) !== after.get(table))
}
