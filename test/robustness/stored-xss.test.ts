import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { demoAccount, launchBrowser, newPage, startDemoServer } from '../support/e2e.ts'

/**
 * Classic stored-XSS payloads saved through the API in text that pages show, then opened in Chromium. Each payload
 * would call window.__xss(n) if it ever ran. Nothing may run, no dialog may open, and no Content-Security-Policy
 * violation may be reported (a violation means the markup got into the page and only the CSP stopped it); the text
 * must be shown literally.
 */
const corpus = [
  '<script>window.__xss(1)</script>',
  '<img src=x onerror="window.__xss(2)">',
  '<svg onload=window.__xss(3)>',
  'javascript:window.__xss(4)',
  '"><img src=x onerror=window.__xss(5)>',
  "'><script>window.__xss(6)</script>",
  "{{constructor.constructor('window.__xss(7)')()}}",
  '[klik hier](javascript:window.__xss(8))',
  '&lt;img src=x onerror=window.__xss(9)&gt;',
  '\\u003cimg src=x onerror=window.__xss(10)\\u003e',
  '＜script＞window.__xss(11)＜/script＞',
  '<a href="javascript:window.__xss(12)">klik</a>',
  '<iframe srcdoc="<script>parent.__xss(13)</script>"></iframe>',
  '<details open ontoggle=window.__xss(14)>',
  '${window.__xss(15)}',
]

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

/** Sends a JSON request from the page, with its session and origin, as the client's own fetch would. */
async function api(page: Page, method: string, path: string, body: unknown) {
  const res = await page.evaluate(
    async ({ method, path, body }) => {
      const r = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      return { status: r.status, text: await r.text() }
    },
    { method, path, body },
  )
  expect(res.status, `${method} ${path}: ${res.text}`).toBeLessThan(300)
  return JSON.parse(res.text || 'null') as Record<string, unknown>
}

it('text saved with script in it is shown as text on the household, plan and safety pages and never runs', async () => {
  const { page } = await newPage(browser)
  const ran: string[] = []
  const dialogs: string[] = []
  const violations: string[] = []
  await page.exposeFunction('__xss', (n: number) => ran.push(`payload ${n}`))
  await page.exposeFunction('__csp', (what: string) => violations.push(what))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // zod (in the client bundle) probes once per page load whether `new Function` is allowed, and the CSP
      // reports that probe as an "eval" violation. It is not markup from a payload: injected handlers and scripts
      // report as "inline". (z.config({ jitless: true }) in the client would skip the probe.)
      if (e.blockedURI === 'eval') return
      ;(window as unknown as { __csp: (what: string) => void }).__csp(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      )
    })
  })
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text()) && !/unsafe-eval/.test(message.text()))
      violations.push(message.text())
  })

  const worker = demoAccount('workerNoord1')
  await page.goto(`${server.url}/`)
  await page.getByLabel('E-mailadres').fill(worker.email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(worker.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'))

  const db = server.db.$client
  const household = db
    .prepare(
      `SELECT a.household_id AS id FROM case_assignments a JOIN users u ON u.id = a.worker_id
       WHERE u.email = ? AND a.ended_at IS NULL ORDER BY a.household_id LIMIT 1`,
    )
    .get(worker.email) as { id: number }
  const h = household.id
  const memberId = (
    db.prepare('SELECT id FROM persons WHERE household_id = ? ORDER BY id LIMIT 1').get(h) as { id: number }
  ).id
  const pick = (n: number) => corpus[n % corpus.length]!
  const shown: { page: 'household' | 'plan' | 'safety'; text: string }[] = []

  // Every payload as a conversation on the household page.
  for (const payload of corpus) {
    await api(page, 'POST', `/api/households/${h}/conversations`, { kind: 'phone', text: payload })
    shown.push({ page: 'household', text: payload })
  }
  await api(page, 'POST', `/api/households/${h}/members`, {
    givenName: pick(1),
    familyName: pick(4),
    relation: 'other',
  })
  await api(page, 'POST', `/api/households/${h}/network`, {
    name: pick(2),
    relation: pick(5),
    howTheyHelp: pick(12),
  })
  await api(page, 'POST', `/api/households/${h}/themes`, { name: pick(13) })
  await api(page, 'POST', `/api/households/${h}/reflections`, { question: pick(8) })
  // The worker's own name shows in the header of every page.
  await api(page, 'PATCH', '/api/auth/me', { name: pick(9) })
  shown.push(
    { page: 'household', text: pick(8) },
    { page: 'plan', text: pick(9) },
    { page: 'household', text: pick(1) },
    { page: 'household', text: pick(2) },
    { page: 'household', text: pick(13) },
  )

  const plan = db.prepare('SELECT max(version) AS v FROM plan_versions WHERE household_id = ?').get(h) as {
    v: number | null
  }
  await api(page, 'PUT', `/api/households/${h}/plan`, {
    baseVersion: plan.v,
    goals: [
      {
        text: pick(0),
        actions: [{ text: pick(3), owner: { kind: 'member', refId: memberId } }],
      },
      { text: pick(10), actions: [{ text: pick(11), owner: { kind: 'member', refId: memberId } }] },
    ],
  })
  shown.push(
    { page: 'plan', text: pick(0) },
    { page: 'plan', text: pick(3) },
    { page: 'plan', text: pick(10) },
    { page: 'plan', text: pick(11) },
  )

  await api(page, 'POST', `/api/households/${h}/safety/signals`, {
    personIds: [memberId],
    observation: pick(6),
    observedBy: pick(7),
    observedOn: '2026-01-05',
    source: 'school',
  })
  shown.push({ page: 'safety', text: pick(6) }, { page: 'safety', text: pick(7) })

  for (const [where, path] of [
    ['household', `/huishoudens/${h}`],
    ['plan', `/huishoudens/${h}/plan`],
    ['safety', `/huishoudens/${h}/veiligheid`],
  ] as const) {
    await page.goto(`${server.url}${path}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    for (const { text } of shown.filter((s) => s.page === where)) {
      // Literally, as text: React escaped it rather than parsing it as markup.
      await expect
        .poll(() => page.evaluate((t) => document.body.innerText.includes(t), text), {
          message: `"${text}" shown as text on ${path}`,
          timeout: 10_000,
        })
        .toBe(true)
    }
    // Give an injected onerror/onload (the image "x" fails at once) a moment to fire.
    await page.waitForTimeout(300)
    // The payloads did not become elements either.
    const injected = page.locator(
      'script:not([src]), img[src="x"], iframe, svg[onload], [onerror], [ontoggle]',
    )
    expect(await injected.count(), `elements from payloads on ${path}`).toBe(0)
  }

  expect(ran).toEqual([])
  expect(dialogs).toEqual([])
  expect(violations).toEqual([])
}, 60_000)
