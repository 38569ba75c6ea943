import { z } from 'zod'
import type { RouteSpec } from './common.ts'

/** Settings of the whole municipality, kept by the administrator. */
export const Settings = z.object({
  /** While a case has open safety signals, a safety picture older than this is overdue. */
  safetyPictureMaxAgeDays: z.number().int().min(1).max(365),
  /** One user opening more different households than this within an hour raises a signal for the administrator. */
  unusualReadingThreshold: z.number().int().min(5, { error: 'errors.thresholdTooLow' }).max(1000),
  /** Years a file is kept after its last change when it concerns a minor (Youth Act: 20). */
  retentionMinorYears: z.number().int().min(1, { error: 'errors.retentionTooShort' }).max(100),
  /** Years any other file is kept after its last change. */
  retentionOtherYears: z.number().int().min(1, { error: 'errors.retentionTooShort' }).max(100),
})
export type Settings = z.infer<typeof Settings>

/** Only the settings sent are changed. */
export const UpdateSettingsInput = Settings.partial().strict()
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsInput>

export const defaultSettings: Settings = {
  safetyPictureMaxAgeDays: 14,
  unusualReadingThreshold: 30,
  retentionMinorYears: 20,
  retentionOtherYears: 15,
}

export const settingsApi = {
  read: { method: 'GET', path: '/api/admin/settings', response: Settings },
  update: { method: 'PUT', path: '/api/admin/settings', body: UpdateSettingsInput, response: Settings },
} as const satisfies Record<string, RouteSpec>
