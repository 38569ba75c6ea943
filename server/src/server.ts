import { buildApp } from './app.ts'
import { loadConfig } from './plugins/config.ts'
import { migrateDatabase, openDatabase } from './db/client.ts'
import { systemClock } from './lib/clock.ts'
import { scheduleRetentionJob } from './modules/retention/schedule.ts'

// A function rather than top-level await: the production bundle is CommonJS (see cli/build-server.ts).
async function start() {
  const config = loadConfig()
  const db = openDatabase(config.DATABASE_PATH)
  migrateDatabase(db)
  const app = await buildApp({ config, db })

  let stopRetentionJob = () => {}
  let closing = false
  async function close(signal: string) {
    if (closing) return
    closing = true
    app.log.info(`${signal} received: finishing open requests, then closing`)
    stopRetentionJob()
    await app.close()
    db.$client.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void close('SIGINT'))
  process.on('SIGTERM', () => void close('SIGTERM'))

  await app.listen({ port: config.PORT, host: config.HOST })
  // Retention (issue 11): a minute after start, then daily, list files past their date and prune old audit events.
  stopRetentionJob = scheduleRetentionJob({ db, clock: systemClock, config }, app.log)
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${config.PORT}`
  console.log(`\nNaast runs at ${config.PUBLIC_ORIGIN ?? url}  (stop with Ctrl+C)\n`)
}

start().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
