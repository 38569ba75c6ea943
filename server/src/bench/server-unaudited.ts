import { register } from 'node:module'

/**
 * Bench only: the real server (server.ts, unchanged) with every import of plugins/audit.ts answered by
 * audit-off.ts instead. A resolve hook swaps the module for this process alone; the product has no switch to do
 * the same. audit-off.ts itself still gets the real module, for everything else the audit module exports.
 */
const audit = new URL('../plugins/audit.ts', import.meta.url).href
const off = new URL('./audit-off.ts', import.meta.url).href
const hook = `
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  if (result.url === ${JSON.stringify(audit)} && context.parentURL !== ${JSON.stringify(off)})
    return { ...result, url: ${JSON.stringify(off)} }
  return result
}`
register(`data:text/javascript,${encodeURIComponent(hook)}`)
await import('../server.ts')
