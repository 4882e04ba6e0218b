// First: it configures zod before any schema module runs.
import './lib/zod-config'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { hasPreloadedRecord, seedPreloadedData } from './app/preloaded-data'
import { createQueryClient } from './app/query-client'
import { preloadDetailPage } from './features/opportunities/detail/load-detail-page'
import { reportError } from './lib/report-error'
import { applyThemeChoice, readThemeChoice } from './lib/theme'
import './index.css'

// Before the first render, so a remembered theme never flashes the other one.
applyThemeChoice(readThemeChoice())

const queryClient = createQueryClient()
// A deep link's page already shows the deal's name and brought its record: render once the
// page's code is in (its modulepreload is in the head), so the first render is the page
// itself, not an empty shell over what is already there. A download that hangs does not hold
// the app back for long. Then the record is read in a task of its own: this module, the
// page's code and the record each take one, so none keeps a tap waiting long.
if (hasPreloadedRecord()) {
  await Promise.race([preloadDetailPage(), delay(3_000)])
  await delay(0)
}
const preloaded = seedPreloadedData(queryClient, window.location.pathname)

const root = createRoot(document.getElementById('root')!, { onCaughtError: reportError })
const render = () =>
  root.render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
// Behind the server's page, which already shows the deal, React builds the app's in short
// slices (a transition), so a tap or a key is never kept waiting behind one long task.
// Anywhere else the page is empty until React renders: the shell is due at once.
if (preloaded) startTransition(render)
else render()

function delay(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms))
}
