import type { FastifyInstance } from 'fastify'
import { healthApi } from '#shared/contracts/health'
import { addRoute } from '../../lib/routes.ts'

export async function healthRoutes(app: FastifyInstance) {
  const probe = app.db.$client.prepare('SELECT 1')
  addRoute(
    app,
    healthApi.get,
    () => {
      probe.get()
      return { status: 'ok', database: 'ok' } as const
    },
    { public: true },
  )
}
