import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useLocation, useNavigate, useRouteError } from 'react-router'
import { Button } from '../components/button'
import { MessagePanel } from '../components/message-panel'
import { isApiError } from '../lib/api-client'
import { useDocumentTitle } from '../lib/use-document-title'

type Explanation = { title: string; body: string }

/** What happened, in words for whoever opened the link, and what they can do about it. */
export function explainError(error: unknown): Explanation {
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
        body: 'The dashboard could not sign in to Spott. Ask whoever runs the dashboard to check its Spott API key.',
      }
    case 'RATE_LIMITED':
      return {
        title: 'Spott is busy',
        body: `Spott asked the dashboard to slow down. Try again ${error.retryAfterSeconds ? `in ${error.retryAfterSeconds} seconds` : 'in a moment'}.`,
      }
    case 'UPSTREAM_TIMEOUT':
      return {
        title: 'Spott is taking too long',
        body: 'Spott did not answer in time. Try again in a moment.',
      }
    case 'UPSTREAM_UNAVAILABLE':
      return { title: 'Spott could not be reached', body: error.message }
    case 'NETWORK_ERROR':
      return {
        title: 'You seem to be offline',
        body: 'The dashboard could not reach its server. Check your connection and try again.',
      }
    case 'BAD_REQUEST':
      return { title: 'This link looks malformed', body: error.message }
    case 'INVALID_RESPONSE':
      return { title: 'Spott sent data the dashboard cannot read', body: error.message }
    default:
      return { title: 'Something went wrong', body: error.message }
  }
}

export function AppErrorBoundary() {
  const error = useRouteError()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const [retrying, setRetrying] = useState(false)
  const { title, body } = explainError(error)
  useDocumentTitle(title)

  const retry = async () => {
    setRetrying(true)
    // Forget the failed queries, then navigate to this same address: the new location clears
    // the caught error and the loaders start the requests again.
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
    </MessagePanel>
  )
}
