import Fastify from 'fastify'
import fastifyStatic from '@fastify/static'

/**
 * The bench's bare page server: Fastify serving one folder (STATIC_DIR) with nothing else, for the largest
 * contentful paint of a bare React page next to the household page's.
 */
const root = process.env.STATIC_DIR
if (!root) throw new Error('STATIC_DIR is required')
const app = Fastify({ logger: false })
await app.register(fastifyStatic, { root })
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
