import Fastify, { type FastifyInstance } from 'fastify'
import cookie from '@fastify/cookie'
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import { ErrorCode } from '#shared/contracts/common'
import { translate } from '#shared/i18n/index'
import type { Db } from './db/client.ts'
import { systemClock, type Clock } from './lib/clock.ts'
import type { Config } from './plugins/config.ts'
import { registerErrorHandling, replyLanguage } from './plugins/errors.ts'
import { registerSecurity } from './plugins/security.ts'
import { registerSessions } from './plugins/session.ts'
import { registerAuditCommits } from './plugins/audit.ts'
import { defaultClientDir, registerClient } from './plugins/client.ts'
import { createLoginThrottle } from './modules/auth/login-throttle.ts'
import { createReadingWatchFor } from './modules/reading-signals/service.ts'
import { authRoutes } from './modules/auth/routes.ts'
import { healthRoutes } from './modules/health/routes.ts'
import { householdRoutes } from './modules/households/routes.ts'
import { teamRoutes } from './modules/teams/routes.ts'
import { userRoutes } from './modules/users/routes.ts'
import { requestRoutes } from './modules/requests/routes.ts'
import { assignmentRoutes } from './modules/assignments/routes.ts'
import { catalogueRoutes } from './modules/catalogues/routes.ts'
import { memberRoutes } from './modules/members/routes.ts'
import { inboxRoutes } from './modules/inbox/routes.ts'
import { conversationRoutes } from './modules/conversations/routes.ts'
import { searchRoutes } from './modules/search/routes.ts'
import { analysisRoutes } from './modules/analyses/routes.ts'
import { planRoutes } from './modules/plans/routes.ts'
import { portalLoginRoutes } from './modules/portal-logins/routes.ts'
import { consentRoutes } from './modules/consents/routes.ts'
import { sharingRoutes } from './modules/sharing/routes.ts'
import { householdFileRoutes } from './modules/household-file/routes.ts'
import { safetyRoutes } from './modules/safety/routes.ts'
import { caseRouteRoutes } from './modules/case-route/routes.ts'
import { settingsRoutes } from './modules/settings/routes.ts'
import { followUpRoutes } from './modules/follow-up/routes.ts'
import { reflectionRoutes } from './modules/reflections/routes.ts'
import { teamOverviewRoutes } from './modules/team-overview/routes.ts'
import { themeRoutes } from './modules/themes/routes.ts'
import { indicatorRoutes } from './modules/indicators/routes.ts'
import { timelineRoutes } from './modules/timeline/routes.ts'
import { accountRoutes } from './modules/account/routes.ts'
import { emergencyAccessRoutes } from './modules/emergency-access/routes.ts'
import { readingSignalRoutes } from './modules/reading-signals/routes.ts'
import { retentionRoutes } from './modules/retention/routes.ts'

export type AppOptions = {
  config: Config
  /** An open, migrated database. */
  db: Db
  clock?: Clock
  /** Where the built client lives; tests of the API alone may point at nothing. */
  clientDir?: string
  logger?: boolean
  /** Where the log goes (tests read it); standard output by default. */
  logStream?: NodeJS.WritableStream
}

/** The whole application. The server and every test build exactly this. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db } = options
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.LOG_LEVEL,
            ...(options.logStream ? { stream: options.logStream } : {}),
            // Query strings can hold names (a search for "Jansen"): log the path only, never the query or headers.
            serializers: {
              req: (request: { method: string; url: string }) => ({
                method: request.method,
                url: request.url.split('?')[0],
              }),
            },
          },
    bodyLimit: 256 * 1024,
    trustProxy: config.PUBLIC_ORIGIN !== undefined,
    // The id of a request in the logs; never the session.
    requestIdHeader: false,
    // Every route validates and serialises with zod: without this Fastify still loads ajv and fast-json-stringify
    // at start (10–30 ms of a cold start).
    schemaController: {
      compilersFactory: {
        buildValidator: () => validatorCompiler as never,
        buildSerializer: () => serializerCompiler as never,
      },
    },
  })
  app.decorate('db', db)
  app.decorate('config', config)
  app.decorate('clock', options.clock ?? systemClock)
  app.decorate('loginThrottle', createLoginThrottle(options.clock ?? systemClock))
  app.decorate('readingWatch', createReadingWatchFor(db, options.clock ?? systemClock, app.log))
  app.decorateRequest('actor', null)

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  registerErrorHandling(app)

  await app.register(cookie)
  registerSecurity(app)
  registerSessions(app)
  registerAuditCommits(app)

  await app.register(healthRoutes)
  await app.register(authRoutes)
  await app.register(householdRoutes)
  await app.register(teamRoutes)
  await app.register(userRoutes)
  await app.register(requestRoutes)
  await app.register(assignmentRoutes)
  await app.register(catalogueRoutes)
  await app.register(memberRoutes)
  await app.register(inboxRoutes)
  await app.register(conversationRoutes)
  await app.register(searchRoutes)
  await app.register(analysisRoutes)
  await app.register(planRoutes)
  await app.register(portalLoginRoutes)
  await app.register(consentRoutes)
  await app.register(sharingRoutes)
  await app.register(householdFileRoutes)
  await app.register(safetyRoutes)
  await app.register(caseRouteRoutes)
  await app.register(settingsRoutes)
  await app.register(followUpRoutes)
  await app.register(reflectionRoutes)
  await app.register(teamOverviewRoutes)
  await app.register(themeRoutes)
  await app.register(indicatorRoutes)
  await app.register(timelineRoutes)
  await app.register(accountRoutes)
  await app.register(emergencyAccessRoutes)
  await app.register(readingSignalRoutes)
  await app.register(retentionRoutes)

  const hasClient = await registerClient(app, options.clientDir ?? defaultClientDir)
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/')
    if (hasClient && wantsPage)
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html')
    return reply
      .code(404)
      .send({ code: ErrorCode.notFound, message: translate(replyLanguage(request), 'errors.notFound') })
  })
  return app
}
