import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import {
  defaultClientDir,
  initialJsBudgetGzipBytes,
  kilobytes,
  measureBeforeLogInPage,
  measureInitialJs,
  type InitialJs,
} from '../bench/initial-js.ts'

/**
 * Prints the JavaScript the browser fetches before the first page can render (see bench/initial-js.ts), each
 * file with its size and gzip size, as Markdown tables, and exits 1 when the total is over the budget.
 * Run `npm run build` first: `npx tsx server/src/cli/measure-js.ts [--dir dist/client]`.
 */
const { values } = parseArgs({ options: { dir: { type: 'string' } } })
const clientDir = values.dir ? resolve(values.dir) : defaultClientDir

function table(result: InitialJs) {
  console.log('| File | Size | Gzip |')
  console.log('| --- | ---: | ---: |')
  for (const file of result.files) {
    console.log(`| ${file.file} | ${kilobytes(file.bytes)} | ${kilobytes(file.gzipBytes)} |`)
  }
  console.log(`| **Total** | **${kilobytes(result.totalBytes)}** | **${kilobytes(result.totalGzipBytes)}** |`)
}

const initial = measureInitialJs(clientDir)
console.log('Initial JavaScript (the entry and what index.html preloads):\n')
table(initial)
const within = initial.totalGzipBytes <= initialJsBudgetGzipBytes
console.log(
  `\nInitial JavaScript: ${kilobytes(initial.totalGzipBytes)} gzip, budget ${kilobytes(initialJsBudgetGzipBytes)}: ${within ? 'within' : 'OVER'}.`,
)

console.log('\nLoaded next, before the log-in page shows (not in the budget):\n')
for (const { chunk, result } of measureBeforeLogInPage(clientDir)) {
  console.log(`${chunk}: ${kilobytes(result.totalGzipBytes)} gzip in ${result.files.length} file(s)`)
  for (const file of result.files) console.log(`  ${file.file}: ${kilobytes(file.gzipBytes)}`)
}
if (!within) process.exitCode = 1
