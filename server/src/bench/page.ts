import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { build } from 'vite'
import react from '@vitejs/plugin-react'
import { root, startChild, type Child } from './children.ts'

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  })
}

/**
 * Loads `url` in a fresh browser context (empty cache, as a first visit) and returns the largest contentful
 * paint in ms from navigation start: the last candidate the browser reported once the page has settled.
 * `ready` is a selector that appears when the page shows its content.
 */
export async function largestContentfulPaint(
  browser: Browser,
  url: string,
  options: { cookie?: { name: string; value: string }; ready: string },
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    if (options.cookie) await context.addCookies([{ ...options.cookie, url: new URL(url).origin }])
    const page = await context.newPage()
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number }
      w.__lcp = -1
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = entry.startTime
      }).observe({ type: 'largest-contentful-paint', buffered: true })
    })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForSelector(options.ready, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    // LCP candidates are reported after the frame is painted: give the last one a moment to arrive.
    await page.waitForTimeout(300)
    const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp)
    if (lcp < 0) throw new Error(`no largest contentful paint reported for ${url}`)
    return lcp
  } finally {
    await context.close()
  }
}

/**
 * A bare React page (a heading and a paragraph, rendered by React on the client like Naast's pages), built with
 * Vite into a temporary folder and served by a bare Fastify static server (static-server.ts).
 */
export async function startBareReactPage(): Promise<Child & { cleanUp: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'naast-bench-react-'))
  mkdirSync(join(dir, 'src'))
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8" /><title>Bare</title></head>
<body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>`,
  )
  writeFileSync(
    join(dir, 'src/main.jsx'),
    `import { createRoot } from 'react-dom/client'
function Page() {
  return <main><h1>Familie Jansen</h1><p id="ready">Een kale React-pagina met een kop en een alinea tekst, als maat voor de snelste pagina die React kan tonen.</p></main>
}
createRoot(document.getElementById('root')).render(<Page />)
`,
  )
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    resolve: {
      alias: {
        'react-dom': resolve(root, 'node_modules/react-dom'),
        react: resolve(root, 'node_modules/react'),
      },
    },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  })
  const child = await startChild(
    resolve(root, 'node_modules/.bin/tsx'),
    ['server/src/bench/static-server.ts'],
    {
      readyPath: '/index.html',
      env: { STATIC_DIR: join(dir, 'dist') },
    },
  )
  return { ...child, cleanUp: () => rmSync(dir, { recursive: true, force: true }) }
}
