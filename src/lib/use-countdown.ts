import { useEffect, useState } from 'react'
import { useLatest } from './use-latest'

/** "Trying again in 12 s…", "… in 5 min…" for long waits, then "Trying again…". */
export function tryingAgainIn(seconds: number): string {
  if (seconds <= 0) return 'Trying again…'
  return `Trying again in ${seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`}…`
}

/**
 * Whole seconds left until `waitMs` from the first render, ticking each second; calls
 * `onDone` once when it reaches zero. Remount (a new `key`) to start again.
 */
export function useCountdown(waitMs: number, onDone?: () => void): number {
  const [deadline] = useState(() => Date.now() + waitMs)
  const [now, setNow] = useState(() => Date.now())
  const done = useLatest(onDone)

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000)
    const finish = setTimeout(() => done.current?.(), Math.max(0, deadline - Date.now()))
    return () => {
      clearInterval(tick)
      clearTimeout(finish)
    }
  }, [deadline, done])

  return Math.max(0, Math.ceil((deadline - now) / 1000))
}
