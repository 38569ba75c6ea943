import { buildApp } from './app.ts'
import { loadConfig } from './plugins/config.ts'
import { migrateDatabase, openDatabase } from './db/client.ts'

const config = loadConfig()
const db = openDatabase(config.DATABASE_PATH)
migrateDatabase(db)
const app = await buildApp({ config, db })

let closing = false
async function close(signal: string) {
  if (closing) return
  closing = true
  app.log.info(`${signal} received: finishing open requests, then closing`)
  await app.close()
  db.$client.close()
  process.exit(0)
}
process.on('SIGINT', () => void close('SIGINT'))
process.on('SIGTERM', () => void close('SIGTERM'))

await app.listen({ port: config.PORT, host: config.HOST })
const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${config.PORT}`
console.log(`\nNaast runs at ${config.PUBLIC_ORIGIN ?? url}  (stop with Ctrl+C)\n`)
