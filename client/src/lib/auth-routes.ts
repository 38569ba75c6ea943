import type { authApi as authContract } from '#shared/contracts/auth'
import { lazyRoute } from './api.ts'

const contract = (): Promise<typeof authContract> => import('#shared/contracts/auth').then((m) => m.authApi)

/**
 * The log-in routes the app shell itself calls ("who am I", the language setting, log out): the same routes as
 * `authApi` in #shared/contracts/auth, but their contract (and zod with it) is imported on the first call, so
 * the first load of the app does not carry them. Pages use the contract's `authApi` directly.
 */
export const authApi = {
  me: lazyRoute(() => contract().then((api) => api.me)),
  updateMe: lazyRoute(() => contract().then((api) => api.updateMe)),
  logout: lazyRoute(() => contract().then((api) => api.logout)),
}
