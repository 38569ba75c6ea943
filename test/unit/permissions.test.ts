import { describe, expect, it } from 'vitest'
import { permissions, roleHasPermission, type Permission } from '#shared/domain/permissions'
import { roles } from '#shared/domain/roles'

describe('who may do what', () => {
  it('an administrator holds no permission on case content', () => {
    const caseContent = (Object.keys(permissions) as Permission[]).filter(
      (p) => permissions[p].relationship !== 'none',
    )
    expect(caseContent.length).toBeGreaterThan(0)
    for (const permission of caseContent) expect(roleHasPermission('admin', permission)).toBe(false)
  })

  it('a household member only holds permissions on their own household', () => {
    for (const permission of Object.keys(permissions) as Permission[]) {
      if (roleHasPermission('household', permission)) expect(permissions[permission].relationship).toBe('own')
    }
  })

  it('every permission names at least one role and a known relationship', () => {
    for (const [name, rule] of Object.entries(permissions)) {
      expect(rule.roles.length, name).toBeGreaterThan(0)
      for (const role of rule.roles) expect(roles).toContain(role)
      expect(['case', 'team', 'own', 'none']).toContain(rule.relationship)
    }
  })
})
