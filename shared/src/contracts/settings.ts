import { z } from 'zod'
import type { RouteSpec } from './common.ts'

/** Settings of the whole municipality, kept by the administrator. */
export const Settings = z.object({
  /** While a case has open safety signals, a safety picture older than this is overdue. */
  safetyPictureMaxAgeDays: z.number().int().min(1).max(365),
})
export type Settings = z.infer<typeof Settings>

export const UpdateSettingsInput = Settings.strict()

export const defaultSettings: Settings = { safetyPictureMaxAgeDays: 14 }

export const settingsApi = {
  read: { method: 'GET', path: '/api/admin/settings', response: Settings },
  update: { method: 'PUT', path: '/api/admin/settings', body: UpdateSettingsInput, response: Settings },
} as const satisfies Record<string, RouteSpec>
