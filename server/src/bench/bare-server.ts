import Fastify from 'fastify'

/**
 * The bench's baseline: Fastify with one route and nothing else (no plugins, no logging, no schema), on the same
 * machine and started the same way as the real server (a bundle run by node, children.ts). Every scenario is
 * reported as a ratio to this.
 */
const app = Fastify({ logger: false })
app.get('/hello', async () => ({ hello: 'world' }))
// Exit normally on SIGTERM, as the server does: the bundle's launcher records its code cache at exit.
process.on('SIGTERM', () => process.exit(0))
app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' }).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
