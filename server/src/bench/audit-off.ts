import type { RequestContext } from '../plugins/context.ts'
import type { AuditEntry } from '../plugins/audit.ts'

/**
 * Bench only: the audit module with `recordAudit` doing nothing, put in place of plugins/audit.ts when the bench
 * bundles server-unaudited.ts (children.ts), so one read route can be measured with and without its audit write.
 * Nothing in the product imports this file and there is no setting that turns auditing off.
 */
export * from '../plugins/audit.ts'

/** How server-unaudited.ts knows the swap happened. */
export const auditOff = true

export function recordAudit(_ctx: RequestContext, _entry: AuditEntry): void {}
