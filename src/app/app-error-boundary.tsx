import { useQueryClient } from '@tanstack/react-query'
import { Component, useEffect, useState, type ReactNode } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { Button } from '../components/button'
import { MessagePanel } from '../components/message-panel'
import { isApiError } from '../lib/api-client'
import { tryingAgainIn, useCountdown } from '../lib/use-countdown'
import { useDocumentTitle } from '../lib/use-document-title'
import { useLatest } from '../lib/use-latest'
import { useOnline } from '../lib/use-online'
import { isChunkLoadError } from '../lib/chunk-load-error'

type Explanation = { title: string; body: string }

const OFFLINE: Explanation = {
  title: 'You are offline',
  body: 'Your device has no network connection. This page loads by itself as soon as you are back online.',
}

/** What happened, in words for whoever opened the link, and what they can do about it. */
export function explainError(error: unknown, { online = true } = {}): Explanation {
  if (isChunkLoadError(error)) {
    return online
      ? {
          title: 'This page could not be loaded',
          body: 'Part of the dashboard did not download, perhaps because it was just updated. Retry reloads it; the link stays the same.',
        }
      : OFFLINE
  }
  if (!isApiError(error)) {
    return {
      title: 'Something went wrong',
      body: 'The dashboard hit an unexpected problem showing this page. Retrying usually helps; if it keeps happening, tell whoever runs the dashboard.',
    }
  }
  switch (error.code) {
    case 'UPSTREAM_AUTH':
      return {
        title: 'Spott rejected the dashboard’s API key',
        body: 'The dashboard could not sign in to Spott, so it cannot show any opportunity right now. This is not about your own Spott login: ask whoever runs the dashboard to check its Spott API key. The link itself is fine; keep it and open it again once that is fixed.',
      }
    case 'RATE_LIMITED':
      return {
        title: 'Spott is busy',
        body: 'Spott limits how often the dashboard may ask it for data, and that limit is reached for now. This page tries again by itself when Spott says it may.',
      }
    case 'UPSTREAM_TIMEOUT':
      return {
        title: 'Spott is taking too long',
        body: 'Spott did not answer in time. Try again in a moment.',
      }
    case 'UPSTREAM_UNAVAILABLE':
      return {
        title: 'Spott could not be reached',
        body: `${error.message} Retry in a moment; if it keeps failing, Spott may be down.`,
      }
    case 'NETWORK_ERROR':
      return online
        ? {
            title: 'The dashboard could not be reached',
            body: 'Your browser could not reach the dashboard’s server. Check your connection (or VPN) and retry.',
          }
        : OFFLINE
    case 'BAD_REQUEST':
      return { title: 'This link looks malformed', body: error.message }
    case 'INVALID_RESPONSE':
      return { title: 'Spott sent data the dashboard cannot read', body: error.message }
    default:
      return { title: 'Something went wrong', body: error.message }
  }
}

type BoundaryProps = { resetKey: string; children: ReactNode }
type BoundaryState = { failure: { error: unknown } | null; resetKey: string }

/**
 * Catches what a page could not handle itself (see the pages' `throwOnError`) and shows
 * {@link ErrorPanel} in its place. A change of `resetKey`, the location, clears it: another
 * page, or Retry, renders afresh.
 */
export class AppErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failure: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failure: { error } }
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.resetKey === state.resetKey ? null : { failure: null, resetKey: props.resetKey }
  }

  render() {
    const { failure } = this.state
    return failure ? <ErrorPanel error={failure.error} /> : this.props.children
  }
}

function ErrorPanel({ error }: { error: unknown }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const [retrying, setRetrying] = useState(false)
  // Each attempt gets its own automatic retry (a fresh countdown if it fails again).
  const [attempt, setAttempt] = useState(0)
  const online = useOnline()
  const { title, body } = explainError(error, { online })
  useDocumentTitle(title)

  const retry = async () => {
    // A failed module import is remembered by the browser: only a reload asks again.
    if (isChunkLoadError(error)) return window.location.reload()
    setRetrying(true)
    setAttempt((count) => count + 1)
    // Forget the failed queries, then navigate to this same address: the new location clears
    // the caught error and the page starts its requests again.
    await queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' })
    await navigate(location, { replace: true, state: location.state })
    setRetrying(false)
  }

  return (
    <MessagePanel
      role="alert"
      title={title}
      actions={
        <Button onClick={retry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      }
    >
      <p>{body}</p>
      <AutoRetry key={attempt} error={error} onRetry={() => void retry()} />
    </MessagePanel>
  )
}

/** Failures the page can get over by itself: after the wait Spott names, or when back online. */
function AutoRetry({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isChunkLoadError(error)) return <RetryWhenOnline onRetry={onRetry} />
  if (!isApiError(error)) return null
  if (error.code === 'RATE_LIMITED') {
    return <RetryCountdown waitMs={(error.retryAfterSeconds ?? 10) * 1000} onDone={onRetry} />
  }
  if (RECOVERS_ONLINE.has(error.code)) return <RetryWhenOnline onRetry={onRetry} />
  return null
}

const RECOVERS_ONLINE = new Set(['NETWORK_ERROR', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT'])

function RetryCountdown({ waitMs, onDone }: { waitMs: number; onDone: () => void }) {
  const seconds = useCountdown(waitMs, onDone)
  return (
    <p role="status" className="mt-3 font-medium text-ink">
      {tryingAgainIn(seconds)}
    </p>
  )
}

function RetryWhenOnline({ onRetry }: { onRetry: () => void }) {
  const latest = useLatest(onRetry)
  useEffect(() => {
    const retry = () => latest.current()
    window.addEventListener('online', retry)
    return () => window.removeEventListener('online', retry)
  }, [latest])
  return null
}
