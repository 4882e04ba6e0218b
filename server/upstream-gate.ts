import { rateLimited, type ProxyError } from './proxy-errors.ts'

/**
 * What stands between browsers and Spott's rate limit: a budget of calls per minute, a pause
 * after Spott says 429, and a cap on calls in flight. Whatever it refuses is answered at
 * once with a 429 and a Retry-After, so nobody's retry loop reaches Spott.
 */
export type UpstreamGate = {
  /** Takes one call from the budget, or says why not (and for how long). */
  admit: () => ProxyError | undefined
  /** Spott said 429: no call at all for this long. */
  pause: (ms: number) => void
  /** Why a call admitted earlier must still not go out now (a pause began meanwhile). */
  held: () => ProxyError | undefined
  /** Waits for a free slot; resolves with its release. Rejects if the signal aborts first. */
  slot: (signal: AbortSignal) => Promise<() => void>
}

export type UpstreamGateOptions = {
  /** Spott's limit per key; the budget stays under it over any 60 s window. */
  requestsPerMinute: number
  maxConcurrent: number
  /** Calls waiting for a slot beyond this are refused instead of queued. */
  maxQueued: number
  /**
   * How long an admitted call may wait for a slot before it goes out (the proxy's timeout).
   * The budget is spread over 60 s plus this, so even delayed calls keep any 60 s window
   * of calls actually sent under the limit.
   */
  maxDelayMs?: number
  now?: () => number
}

export function createUpstreamGate({
  requestsPerMinute,
  maxConcurrent,
  maxQueued,
  maxDelayMs = 0,
  now = Date.now,
}: UpstreamGateOptions): UpstreamGate {
  // A token bucket: a burst of a tenth, and the other nine tenths refilled over a minute
  // (plus the longest delay before sending). Burst plus refill is the limit, so no 60 s
  // window can exceed it.
  const capacity = Math.max(1, Math.floor(requestsPerMinute / 10))
  const refillPerMs = Math.max(0, requestsPerMinute - capacity) / (60_000 + maxDelayMs)
  // Whole tokens only, give or take float rounding: 1/6 + 5/6 must count as one.
  const EPSILON = 1e-9
  let tokens = capacity
  let refilledAt = now()
  let pausedUntil = 0
  let active = 0
  const queue: { grant: () => void }[] = []

  const refill = () => {
    const at = now()
    tokens = Math.min(capacity, tokens + (at - refilledAt) * refillPerMs)
    refilledAt = at
  }

  const tokenWaitMs = () => (refillPerMs > 0 ? (1 - tokens) / refillPerMs : 60_000)

  const release = () => {
    const next = queue.shift()
    if (next) next.grant()
    else active -= 1
  }

  const pausedFor = () => pausedUntil - now()
  const pausedError = (wait: number) =>
    rateLimited('Spott asked the dashboard to slow down. Try again shortly.', wait)

  return {
    admit() {
      refill()
      const tokenWait = tokens >= 1 - EPSILON ? 0 : tokenWaitMs()
      const pauseWait = pausedFor()
      if (pauseWait > 0) return pausedError(Math.max(pauseWait, tokenWait))
      if (tokenWait === 0) {
        tokens = Math.max(0, tokens - 1)
        return undefined
      }
      return rateLimited(
        "The dashboard is pacing its calls to stay inside Spott's rate limit. Try again shortly.",
        tokenWait,
      )
    },
    pause(ms) {
      if (Number.isFinite(ms)) pausedUntil = Math.max(pausedUntil, now() + ms)
    },
    held() {
      const wait = pausedFor()
      return wait > 0 ? pausedError(wait) : undefined
    },
    slot(signal) {
      if (signal.aborted) return Promise.reject(signal.reason as Error)
      if (active < maxConcurrent) {
        active += 1
        return Promise.resolve(onceOnly(release))
      }
      if (queue.length >= maxQueued) {
        return Promise.reject(
          rateLimited(
            'The dashboard has too many calls to Spott waiting. Try again shortly.',
            1000,
          ),
        )
      }
      return new Promise((resolve, reject) => {
        const waiter = {
          grant: () => {
            signal.removeEventListener('abort', leave)
            resolve(onceOnly(release))
          },
        }
        const leave = () => {
          queue.splice(queue.indexOf(waiter), 1)
          reject(signal.reason as Error)
        }
        signal.addEventListener('abort', leave, { once: true })
        queue.push(waiter)
      })
    },
  }
}

function onceOnly(action: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    action()
  }
}
