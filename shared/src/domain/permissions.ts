import type { Role } from './roles.ts'

/**
 * Who may do what. A permission lists the roles that may hold it and the relationship to the household the
 * actor must have. Anything not listed here is denied (deny by default).
 *
 * Relationships:
 * - `case`: worker assigned to the household, or supervisor of the household's team
 * - `own`: the household member's own household
 * - `none`: no household involved (configuration, own account)
 */
export const permissions = {
  'household:read': { roles: ['worker', 'supervisor'], relationship: 'case' },
  'household:portal': { roles: ['household'], relationship: 'own' },
  'caseload:read': { roles: ['worker'], relationship: 'none' },
  'team:read': { roles: ['supervisor'], relationship: 'none' },
  'config:manage': { roles: ['admin'], relationship: 'none' },
} as const satisfies Record<string, { roles: readonly Role[]; relationship: 'case' | 'own' | 'none' }>

export type Permission = keyof typeof permissions

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return (permissions[permission].roles as readonly Role[]).includes(role)
}
