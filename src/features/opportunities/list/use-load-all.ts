import { useEffect, useRef, useState } from 'react'

/**
 * Pause between pages. One tab then makes at most ~150 requests a minute, a small share
 * of Spott's ~1000 per minute per key, which the whole team shares.
 */
export const LOAD_ALL_PAGE_INTERVAL_MS = 400

type Pager = {
  fetchNextPage: (options?: {
    cancelRefetch?: boolean
  }) => Promise<{ hasNextPage: boolean; isError: boolean }>
}

/**
 * Loads every remaining page, one after another at a steady pace, until the last page,
 * a failure, `stop()`, or leaving the page. A rate limit is waited out by the query's own
 * retry (after Retry-After), so this never adds a burst of its own.
 */
export function useLoadAll({ fetchNextPage }: Pager) {
  const [running, setRunning] = useState(false)
  const run = useRef(0)

  // Leaving the page ends the run: nobody would see its progress.
  useEffect(
    () => () => {
      run.current += 1
    },
    [],
  )

  const start = async () => {
    const id = ++run.current
    setRunning(true)
    try {
      for (;;) {
        // Joins a page already on its way (from scrolling) instead of asking twice.
        const result = await fetchNextPage({ cancelRefetch: false })
        if (id !== run.current || result.isError || !result.hasNextPage) break
        await new Promise((resolve) => setTimeout(resolve, LOAD_ALL_PAGE_INTERVAL_MS))
        if (id !== run.current) break
      }
    } finally {
      if (id === run.current) setRunning(false)
    }
  }

  const stop = () => {
    run.current += 1
    setRunning(false)
  }

  return { running, start: () => void start(), stop }
}
