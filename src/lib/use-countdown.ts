import { useEffect, useRef, useState } from 'react'

/**
 * Whole seconds left until `waitMs` from the first render, ticking each second; calls
 * `onDone` once when it reaches zero. Remount (a new `key`) to start again.
 */
export function useCountdown(waitMs: number, onDone?: () => void): number {
  const [deadline] = useState(() => Date.now() + waitMs)
  const [now, setNow] = useState(() => Date.now())
  const done = useRef(onDone)
  useEffect(() => {
    done.current = onDone
  })

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000)
    const finish = setTimeout(() => done.current?.(), Math.max(0, deadline - Date.now()))
    return () => {
      clearInterval(tick)
      clearTimeout(finish)
    }
  }, [deadline])

  return Math.max(0, Math.ceil((deadline - now) / 1000))
}
