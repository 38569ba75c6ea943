import { sql } from 'drizzle-orm'
import { defaultSettings, type Settings, type UpdateSettingsInput } from '#shared/contracts/settings'
import type { DbOrTx } from '../../db/client.ts'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'

/** Settings live in the key-value `settings` table; a key that was never set has its default. */
const keys: Record<keyof Settings, string> = {
  safetyPictureMaxAgeDays: 'safety.pictureMaxAgeDays',
  unusualReadingThreshold: 'oversight.unusualReadingThreshold',
  retentionMinorYears: 'retention.minorYears',
  retentionOtherYears: 'retention.otherYears',
}

export function currentSettings(db: DbOrTx): Settings {
  const rows = db.all<{ key: string; value: string }>(
    sql`SELECT key, value FROM settings WHERE key LIKE 'safety.%' OR key LIKE 'oversight.%' OR key LIKE 'retention.%'`,
  )
  const stored = new Map(rows.map((r) => [r.key, r.value]))
  const result = { ...defaultSettings }
  for (const [name, key] of Object.entries(keys) as [keyof Settings, string][]) {
    const value = Number.parseInt(stored.get(key) ?? '', 10)
    if (Number.isInteger(value)) result[name] = value
  }
  return result
}

export function readSettings(ctx: RequestContext): Settings {
  requireAccess(ctx, 'config:manage', null, 'settings.read')
  return currentSettings(ctx.db)
}

export function updateSettings(ctx: RequestContext, input: UpdateSettingsInput): Settings {
  requireAccess(ctx, 'config:manage', null, 'settings.update')
  ctx.db.transaction((tx) => {
    for (const [name, key] of Object.entries(keys) as [keyof Settings, string][]) {
      const value = input[name]
      if (value === undefined) continue
      tx.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${String(value)})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
    }
    recordAudit(ctx, { operation: 'settings.update' })
  })
  return currentSettings(ctx.db)
}
