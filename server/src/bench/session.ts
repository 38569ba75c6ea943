import { codeAt } from '../modules/auth/two-factor.ts'

/** Logs in over HTTP as a browser would and returns the Cookie header for the session. */
export async function logIn(
  port: number,
  user: { email: string; password: string; totpSecret?: string },
): Promise<string> {
  const origin = `http://127.0.0.1:${port}`
  const jar = new Map<string, string>()
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: {
        origin,
        'content-type': 'application/json',
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: JSON.stringify(body),
    })
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair!.indexOf('=')
      const value = pair!.slice(at + 1)
      if (value) jar.set(pair!.slice(0, at), value)
      else jar.delete(pair!.slice(0, at))
    }
    const text = await res.text()
    if (res.status !== 200) throw new Error(`${path} as ${user.email}: ${res.status} ${text}`)
    return JSON.parse(text) as { status?: string }
  }
  const first = await post('/api/auth/login', { email: user.email, password: user.password })
  if (first.status === 'secondFactor') {
    if (!user.totpSecret) throw new Error(`${user.email} needs a second factor the bench does not know`)
    await post('/api/auth/login/second-factor', { code: codeAt(user.totpSecret, new Date()) })
  } else if (first.status !== 'signedIn') throw new Error(`log-in as ${user.email}: ${first.status}`)
  const session = [...jar].find(([name]) => name.endsWith('naast_session'))
  if (!session) throw new Error(`log-in as ${user.email} set no session cookie`)
  return `${session[0]}=${session[1]}`
}
