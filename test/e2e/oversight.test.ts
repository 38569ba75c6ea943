import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import jsQR from 'jsqr'
import { codeAt, stepAt } from '../../server/src/modules/auth/two-factor.ts'
import {
  demoAccount,
  expectAccessible,
  launchBrowser,
  newPage,
  passSecondFactor,
  startDemoServer,
} from '../support/e2e.ts'
import type { DemoAccountKey } from '../../server/src/seed/demo-accounts.ts'

let server: Awaited<ReturnType<typeof startDemoServer>>
let browser: Browser

beforeAll(async () => {
  server = await startDemoServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function passwordStep(key: DemoAccountKey): Promise<Page> {
  const { page } = await newPage(browser)
  const account = demoAccount(key)
  await page.goto(`${server.url}/`)
  await page.getByLabel('E-mailadres').fill(account.email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  return page
}

async function logIn(key: DemoAccountKey): Promise<Page> {
  const page = await passwordStep(key)
  await passSecondFactor(page, server, demoAccount(key).email)
  await page.getByRole('heading', { level: 1 }).waitFor()
  return page
}

/** Reads the QR code on screen as a phone would: from its pixels, not from the page's markup. */
async function scanQrCode(page: Page): Promise<string> {
  const image = page.getByRole('img', { name: /QR/ })
  const png = PNG.sync.read(await image.screenshot())
  const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!result) throw new Error('The QR code on the page could not be read')
  return result.data
}

describe('emergency access to a household of another team', () => {
  it('a team lead of Zuid opens Familie Jansen with a reason; Kim Jansen sees it in her access log', async () => {
    const jansen = server.db.$client
      .prepare(
        `SELECT h.id, h.postcode, h.house_number AS houseNumber FROM households h
         JOIN persons p ON p.household_id = h.id JOIN users u ON u.person_id = p.id WHERE u.email = ?`,
      )
      .get(demoAccount('householdMother').email) as { id: number; postcode: string; houseNumber: number }

    const page = await logIn('supervisorZuid')
    // Not the team's household: its page says so, and points at emergency access.
    await page.goto(`${server.url}/huishoudens/${jansen.id}`)
    await page.getByRole('link', { name: 'Noodtoegang' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Noodtoegang' }).waitFor()
    await expectAccessible(page)

    await page.getByLabel('Postcode').fill(jansen.postcode)
    await page.getByLabel('Huisnummer').fill(String(jansen.houseNumber))
    await page.getByRole('button', { name: 'Huishouden zoeken' }).click()
    await page.getByText('Familie Jansen').first().waitFor()

    const reason = page.getByLabel('Waarom is het dringend?')
    await reason.fill('Dringend')
    await page.getByRole('button', { name: 'Dossier openen met noodtoegang' }).click()
    await page.getByText('Schrijf in een hele zin').first().waitFor()
    await reason.fill(
      'De politie belde vannacht over onrust bij dit gezin; hun eigen team is niet bereikbaar.',
    )
    await page.getByRole('button', { name: 'Dossier openen met noodtoegang' }).click()

    await page.waitForURL((url) => url.pathname === `/huishoudens/${jansen.id}`)
    await page.getByText(/U kijkt met noodtoegang, tot .*\. Alleen lezen\./).waitFor()
    await page.getByRole('heading', { level: 1, name: /Familie Jansen/ }).waitFor()
    await expectAccessible(page)
    await page.context().close()

    // Kim Jansen reads in her own access log that someone opened the file in an emergency.
    const kim = await logIn('householdMother')
    const log = kim.getByRole('region', { name: 'Wie heeft uw dossier bekeken?' })
    await log.getByText(/Noodtoegang: Hans Visser \(teamleider\) opende uw dossier/).waitFor()
    await expectAccessible(kim)
    await kim.context().close()

    // The administrator sees it on the security page, with the reason.
    const admin = await logIn('admin')
    await admin.goto(`${server.url}/beheer/beveiliging`)
    await admin.getByRole('heading', { level: 1, name: 'Beveiliging' }).waitFor()
    await admin.getByText(/De politie belde vannacht/).waitFor()
    await expectAccessible(admin)
    await admin.context().close()
  }, 180_000)
})

describe('an administrator sets up two-step log-in', () => {
  it('scans the QR code, confirms with a code from the app, keeps the recovery codes and logs in with the app from then on', async () => {
    const admin = demoAccount('admin')
    // The demo administrator starts without a second factor, as a new installation would.
    server.db.$client
      .prepare('UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL WHERE email = ?')
      .run(admin.email)

    const page = await passwordStep('admin')
    await page.getByRole('heading', { level: 1, name: 'Inloggen in twee stappen instellen' }).waitFor()
    await expectAccessible(page)
    const uri = new URL(await scanQrCode(page))
    expect(uri.protocol).toBe('otpauth:')
    expect(decodeURIComponent(uri.pathname)).toContain(admin.email)
    const secret = uri.searchParams.get('secret')!
    // The key to type instead of scanning is the same secret.
    const typed = (await page.locator('code.naast-totp-key').innerText()).replace(/\s+/g, '')
    expect(typed).toBe(secret)

    const codeField = page.getByLabel('Code uit de app')
    await codeField.fill('000000')
    await codeField.press('Enter')
    await page.getByText('Deze code klopt niet').first().waitFor()

    const enrolledAt = server.clock.now()
    await codeField.fill(codeAt(secret, enrolledAt))
    await codeField.press('Enter')
    const codes = page.getByRole('list', { name: /herstelcodes/i }).getByRole('listitem')
    await codes.first().waitFor()
    expect(await codes.count()).toBe(10)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Verder naar Naast' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/beheer'))
    await page.getByRole('heading', { level: 1 }).waitFor()

    // Logging out and in again asks for the code from the app; a code works once, so wait for the next one.
    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/inloggen'))
    while (stepAt(server.clock.now()) === stepAt(enrolledAt)) await new Promise((r) => setTimeout(r, 500))
    await page.getByLabel('E-mailadres').fill(admin.email)
    await page.getByLabel('Wachtwoord', { exact: true }).fill(admin.password)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    const secondCode = page.locator('input[autocomplete="one-time-code"]')
    await secondCode.waitFor()
    await expectAccessible(page)
    await secondCode.fill(codeAt(secret, server.clock.now()))
    await secondCode.press('Enter')
    await page.waitForURL((url) => url.pathname.startsWith('/beheer'))

    // The account page says it is on, and required for the role.
    await page.goto(`${server.url}/mijn-account`)
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor()
    await page.getByText(/Verplicht voor uw rol/).waitFor()
    await expectAccessible(page)
    await page.context().close()
  }, 180_000)
})
