import { z } from 'zod'
import type { RouteSpec } from './common.ts'

export const Health = z.object({ status: z.literal('ok'), database: z.literal('ok') })

export const healthApi = {
  get: { method: 'GET', path: '/api/health', response: Health },
} as const satisfies Record<string, RouteSpec>
