import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import type { AddressInfo } from 'node:net'
import { expect } from 'vitest'
import { buildApp } from '../../server/src/app.ts'
import type { Clock } from '../../server/src/lib/clock.ts'
import { defaultClientDir } from '../../server/src/plugins/client.ts'
import { seedDemo } from '../../server/src/seed/demo.ts'
import { demoAccounts, demoPassword, type DemoAccountKey } from '../../server/src/seed/demo-accounts.ts'
import { dutchCalendarDate } from '#shared/domain/age'
import { freshDatabase } from './db.ts'
import { testConfig } from './build-app.ts'
import { systemClock } from '../../server/src/lib/clock.ts'
import { codeAt, encryptSecret, stepAt } from '../../server/src/modules/auth/two-factor.ts'
import { secondFactorRequired } from '#shared/domain/accounts'
import { testSecondFactorSecret, testSessionSecret } from './second-factor.ts'
import type { Db } from '../../server/src/db/client.ts'

/**
 * The real app with the demo municipality, listening on a free local port, serving the built client. A test that
 * needs days to pass gives it a clock it can move.
 */
export async function startDemoServer(options: { clock?: Clock } = {}) {
  const { db, path } = freshDatabase()
  await seedDemo(db, { today: dutchCalendarDate(options.clock?.now() ?? new Date()) })
  presetSecondFactors(db)
  const app = await buildApp({
    config: testConfig(path),
    db,
    clientDir: defaultClientDir,
    logger: false,
    clock: options.clock,
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    clock: options.clock ?? systemClock,
    close: async () => {
      await app.close()
      db.$client.close()
    },
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A fresh browser profile per user; pages from a context (not browser.newPage) so axe can inject. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  // A failing request or script error in the browser fails the test, like console.error does in Node.
  page.on('pageerror', (error) => {
    throw error
  })
  return { context, page }
}

/** No WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

export function demoAccount(key: DemoAccountKey) {
  const account = demoAccounts.find((a) => a.key === key)
  if (!account) throw new Error(`No demo account ${key}`)
  return { ...account, password: demoPassword }
}

/**
 * The demo's administrators and supervisors set up two-factor at their first log-in. The journeys of other
 * features start from accounts that did so already, with the fixed test secret; the enrolment itself has its own
 * journey (test/e2e/oversight.test.ts).
 */
function presetSecondFactors(db: Db) {
  const update = db.$client.prepare(
    'UPDATE users SET totp_secret = ?, totp_enabled_at = created_at WHERE email = ? AND totp_secret IS NULL',
  )
  for (const account of demoAccounts)
    if (secondFactorRequired(account.role))
      update.run(encryptSecret(testSessionSecret, testSecondFactorSecret(account.email)), account.email)
}

const lastStepUsed = new Map<string, number>()

/**
 * After the password: when the log-in asks for the code from the authenticator app, types it as the person would
 * (a code works once, so a second log-in within the same 30 seconds waits for the next code).
 */
export async function passSecondFactor(
  page: Page,
  server: { url: string; clock: Clock },
  email: string,
): Promise<void> {
  const codeField = page.locator('input[autocomplete="one-time-code"]')
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith('/inloggen'), { timeout: 20_000 }),
    codeField.waitFor({ timeout: 20_000 }),
  ])
  if (!(await codeField.isVisible())) return
  const key = `${server.url} ${email}`
  const clock = server.clock as Clock & { advance?: (ms: number) => void }
  while (lastStepUsed.get(key) === stepAt(server.clock.now())) {
    if (clock.advance) clock.advance(30_000)
    else await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  const now = server.clock.now()
  lastStepUsed.set(key, stepAt(now))
  await codeField.fill(codeAt(testSecondFactorSecret(email), now))
  await codeField.press('Enter')
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'))
}
