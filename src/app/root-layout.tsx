import type { ReactNode } from 'react'
import { Link, Outlet, ScrollRestoration } from 'react-router'
import { DemoBanner } from './demo-banner'
import { ThemeSelect } from './theme-select'

function AppShell({ children }: { children?: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-surface-line bg-surface">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3">
          <Link
            to="/opportunities"
            className="flex items-center gap-2 font-semibold text-ink focus-visible:outline-2 focus-visible:outline-link"
          >
            <img src="/favicon.svg" alt="" className="size-6" width="24" height="24" />
            Spott opportunities
          </Link>
          <div className="ml-auto">
            <ThemeSelect />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <DemoBanner />
    </div>
  )
}

export function RootLayout() {
  return (
    <AppShell>
      <Outlet />
      <ScrollRestoration />
    </AppShell>
  )
}

/** Shown while the first route's code loads: the shell, so the page does not flash blank. */
export function RootHydrateFallback() {
  return <AppShell />
}
