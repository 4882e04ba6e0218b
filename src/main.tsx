// First: it configures zod before any schema module runs.
import './lib/zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { seedPreloadedData } from './app/preloaded-data'
import { createQueryClient } from './app/query-client'
import { createAppRouter, routerSettled } from './app/router'
import { reportError } from './lib/report-error'
import { applyThemeChoice, readThemeChoice } from './lib/theme'
import './index.css'

// Before the first render, so a remembered theme never flashes the other one.
applyThemeChoice(readThemeChoice())

const queryClient = createQueryClient()
const preloaded = seedPreloadedData(queryClient, window.location.pathname)
const router = createAppRouter(queryClient)
// The server already shows the deal's name: render once the route's code is in, so the
// first render is the page itself, not a loading shell over what is already there.
if (preloaded) await routerSettled(router)

createRoot(document.getElementById('root')!, { onCaughtError: reportError }).render(
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>,
)
