// First: it configures zod before any schema module runs.
import './lib/zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { reportError } from './lib/report-error'
import { applyThemeChoice, readThemeChoice } from './lib/theme'
import './index.css'

// Before the first render, so a remembered theme never flashes the other one.
applyThemeChoice(readThemeChoice())

createRoot(document.getElementById('root')!, { onCaughtError: reportError }).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
