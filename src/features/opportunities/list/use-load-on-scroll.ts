import { useEffect, useRef } from 'react'
import { useLatest } from '../../../lib/use-latest'

/**
 * Calls `load` when the returned element scrolls into view (with a margin, so the next page
 * is usually there before the reader reaches the end). The "Load more" button stays as the
 * way to do the same by hand or by keyboard.
 */
export function useLoadOnScroll<T extends Element>(load: () => void, enabled: boolean) {
  const ref = useRef<T>(null)
  const latestLoad = useLatest(load)

  useEffect(() => {
    const target = ref.current
    if (!enabled || !target || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) latestLoad.current()
      },
      { rootMargin: '400px 0px' },
    )
    observer.observe(target)
    return () => observer.disconnect()
  }, [enabled, latestLoad])

  return ref
}
