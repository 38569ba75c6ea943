import { z } from 'zod'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((v) => v === 'true' || v === '1')

/** Every setting comes from the environment, each with a default that needs nothing. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('./data/naast.sqlite'),
  /** At least 32 characters; generated into the data folder on first start when not given. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Set when Naast is served over HTTPS: cookies become Secure and `__Host-` prefixed. */
  TLS: booleanFlag,
  /** The origin browsers use to reach Naast, when behind a proxy (e.g. https://naast.gemeente.nl). */
  PUBLIC_ORIGIN: z.url().optional(),
  MUNICIPALITY_NAME: z.string().min(1).default('Gemeente Voorbeeld'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Config = Omit<z.infer<typeof ConfigSchema>, 'SESSION_SECRET'> & { SESSION_SECRET: string }

/** Parses the environment; generates and keeps a session secret beside the database when none is given. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid configuration: ${problems}`)
  }
  const config = parsed.data
  return { ...config, SESSION_SECRET: config.SESSION_SECRET ?? keptSessionSecret(config.DATABASE_PATH) }
}

function keptSessionSecret(databasePath: string): string {
  const folder = dirname(resolve(databasePath))
  const file = join(folder, 'session-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(folder, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
