import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import '@amsterdam/design-system-tokens/dist/index.css'
import '@amsterdam/design-system-css/dist/index.css'
import './styles/theme.css'
import { initI18n } from './lib/i18n.ts'
import { meQueryOptions } from './lib/session.ts'
import { Providers } from './app/providers.tsx'
import { queryClient } from './app/query-client.ts'
import { preloadFirstPage, router } from './app/router.tsx'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// "Who am I" and the code of the page asked for do not wait for the texts: all three load at the same time.
void queryClient.prefetchQuery(meQueryOptions)
preloadFirstPage()

// The texts of the language on screen are a chunk of their own (lib/i18n.ts): render once they are there.
void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  ),
)
