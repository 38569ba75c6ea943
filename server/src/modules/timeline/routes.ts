import type { FastifyInstance } from 'fastify'

/** (being built) */
export async function timelineRoutes(_app: FastifyInstance) {}
