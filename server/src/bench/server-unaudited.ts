import * as audit from '../plugins/audit.ts'

/**
 * Bench only: the real server (server.ts, unchanged) with every import of plugins/audit.ts answered by audit-off.ts
 * instead. The swap happens while the bench bundles this entry into dist/bench/server-unaudited.js (the esbuild
 * plugin in children.ts), so it runs exactly like the product bundle; the product has no switch to do the same.
 * Started any other way (from source), the swap is missing, and it refuses rather than measure the audited server.
 */
if (!('auditOff' in audit))
  throw new Error(
    'server-unaudited.ts runs only as the bench bundle dist/bench/server-unaudited.js (children.ts)',
  )
void import('../server.ts')
