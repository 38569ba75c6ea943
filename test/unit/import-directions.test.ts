import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

// The import directions of ARCHITECTURE.md section 2 are lint rules; prove they bite.
const eslint = new ESLint()
async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('who may import whom', () => {
  it.each([
    [
      'shared/src/domain/x.ts',
      "import { buildApp } from '../../../server/src/app.ts'\nexport const x = buildApp\n",
    ],
    ['shared/src/domain/x.ts', "import Database from 'better-sqlite3'\nexport const x = Database\n"],
    [
      'client/src/lib/x.ts',
      "import { buildApp } from '../../../server/src/app.ts'\nexport const x = buildApp\n",
    ],
    [
      'server/src/modules/households/routes.ts',
      "import { findHousehold } from './repo.ts'\nexport const x = findHousehold\n",
    ],
    [
      'server/src/modules/users/service.ts',
      "import { listTeams } from '../teams/repo.ts'\nexport const x = listTeams\n",
    ],
    [
      'client/src/features/auth/components/x.tsx',
      "import { y } from '../../households/api/get-household.ts'\nexport const x = y\n",
    ],
    [
      'client/src/features/auth/x.ts',
      "import { y } from '../households/api/get-household.ts'\nexport const x = y\n",
    ],
    [
      'client/src/features/auth/components/x.tsx',
      "import { y } from '../../../app/router.tsx'\nexport const x = y\n",
    ],
  ])('%s may not import this', async (filePath, code) => {
    expect(await problems(filePath, code)).not.toEqual([])
  })

  it('a feature may use lib, components and the paths', async () => {
    const code =
      "import { a } from '../../../lib/api.ts'\nimport { b } from '../../../components/form.tsx'\nimport { c } from '../../../app/paths.ts'\nimport { d } from '../api/log-in.ts'\nexport const x = [a, b, c, d]\n"
    expect(await problems('client/src/features/auth/components/x.tsx', code)).toEqual([])
  })

  it("a service may use its own repo and another module's service", async () => {
    const code =
      "import { findUser } from './repo.ts'\nimport { teamExists } from '../teams/service.ts'\nexport const x = [findUser, teamExists]\n"
    expect(await problems('server/src/modules/users/service.ts', code)).toEqual([])
  })
})
