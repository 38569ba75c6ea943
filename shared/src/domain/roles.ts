/** The four kinds of user. A user has exactly one role. */
export const Role = {
  worker: 'worker',
  supervisor: 'supervisor',
  household: 'household',
  admin: 'admin',
} as const
export type Role = (typeof Role)[keyof typeof Role]
export const roles = Object.values(Role) as [Role, ...Role[]]

/** Roles an administrator can create directly; household log-ins are created by the worker on the case. */
export const staffRoles = [Role.worker, Role.supervisor, Role.admin] as const
export type StaffRole = (typeof staffRoles)[number]
