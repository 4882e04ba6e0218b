import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { reportError } from './lib/report-error'
import './index.css'

createRoot(document.getElementById('root')!, { onCaughtError: reportError }).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
