import Fastify from 'fastify'

/**
 * The bench's baseline: Fastify with one route and nothing else (no plugins, no logging, no schema), on the same
 * machine and started the same way (tsx) as the real server. Every scenario is reported as a ratio to this.
 */
const app = Fastify({ logger: false })
app.get('/hello', async () => ({ hello: 'world' }))
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
