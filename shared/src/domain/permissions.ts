import type { Role } from './roles.ts'

/**
 * Who may do what. A permission lists the roles that may hold it and the relationship to the household the
 * actor must have. Anything not listed here is denied (deny by default).
 *
 * Relationships:
 * - `case`: worker assigned to the household, or supervisor of the household's team
 * - `team`: worker or supervisor of the household's team (finding a household a request is about)
 * - `own`: the household member's own household
 * - `none`: no household involved (configuration, own account)
 */
export const permissions = {
  'household:read': { roles: ['worker', 'supervisor'], relationship: 'case' },
  'household:portal': { roles: ['household'], relationship: 'own' },
  'household:write': { roles: ['worker', 'supervisor'], relationship: 'case' },
  'household:link': { roles: ['worker', 'supervisor'], relationship: 'team' },
  'request:register': { roles: ['worker', 'supervisor'], relationship: 'none' },
  'request:assign': { roles: ['supervisor'], relationship: 'case' },
  'case:transfer': { roles: ['worker'], relationship: 'case' },
  'inbox:read': { roles: ['worker'], relationship: 'none' },
  'search:cases': { roles: ['worker', 'supervisor'], relationship: 'none' },
  'caseload:read': { roles: ['worker'], relationship: 'none' },
  'team:read': { roles: ['supervisor'], relationship: 'none' },
  'themes:read': { roles: ['worker', 'supervisor'], relationship: 'none' },
  'team:learn': { roles: ['worker', 'supervisor'], relationship: 'none' },
  'config:manage': { roles: ['admin'], relationship: 'none' },
  // Emergency access ("break the glass") is about a household the asker has NO relationship to: the service
  // itself refuses it when the normal relationship exists, and access.ts grants reading during the window.
  'emergency:open': { roles: ['worker', 'supervisor'], relationship: 'none' },
  /** Seeing who used emergency access: a supervisor for their team, the administrator for all. */
  'oversight:emergency': { roles: ['supervisor', 'admin'], relationship: 'none' },
  /** The administrator's security list of unusual reading. */
  'oversight:reading': { roles: ['admin'], relationship: 'none' },
} as const satisfies Record<
  string,
  { roles: readonly Role[]; relationship: 'case' | 'team' | 'own' | 'none' }
>

export type Permission = keyof typeof permissions

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return (permissions[permission].roles as readonly Role[]).includes(role)
}
