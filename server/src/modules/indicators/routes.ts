import type { FastifyInstance } from 'fastify'

/** (being built) */
export async function indicatorRoutes(_app: FastifyInstance) {}
