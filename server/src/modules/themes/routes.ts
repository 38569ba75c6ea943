import type { FastifyInstance } from 'fastify'

/** (being built) */
export async function themeRoutes(_app: FastifyInstance) {}
