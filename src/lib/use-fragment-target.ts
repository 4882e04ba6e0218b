import { useEffect } from 'react'
import { useLocation } from 'react-router'

/** How long the target stays marked; the CSS animation fades within it. */
const FLASH_MS = 2500

/**
 * A shared link such as `#contact-ctc_1` names an element that only exists once the data
 * has loaded, too late for the browser's own jump. Once `ready`, this scrolls it into view,
 * moves focus there (so a screen reader starts reading at it) and marks it briefly.
 */
export function useFragmentTarget(ready: boolean) {
  const { hash } = useLocation()

  useEffect(() => {
    if (!ready || hash.length < 2) return
    const target = document.getElementById(safeDecode(hash.slice(1)))
    if (!target) return
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    target.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' })
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus({ preventScroll: true })
    target.setAttribute('data-flash', '')
    const timer = setTimeout(() => target.removeAttribute('data-flash'), FLASH_MS)
    return () => {
      clearTimeout(timer)
      target.removeAttribute('data-flash')
    }
  }, [ready, hash])
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
