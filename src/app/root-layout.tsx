import { Suspense, type ReactNode } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import { AppErrorBoundary } from './app-error-boundary'
import { DemoBanner } from './demo-banner'
import { ThemeSelect } from './theme-select'
import { useScrollRestoration } from './use-scroll-restoration'

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

/**
 * Every page inside the shell. A failure shows in place of the page, with the shell still
 * there, and clears on the next navigation. While a page's code downloads, the shell shows
 * alone (navigations render at once, see app.tsx).
 */
export function RootLayout() {
  const { key } = useLocation()
  useScrollRestoration()
  return (
    <AppShell>
      <AppErrorBoundary resetKey={key}>
        <Suspense>
          <Outlet />
        </Suspense>
      </AppErrorBoundary>
    </AppShell>
  )
}
