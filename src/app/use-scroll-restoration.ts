import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useLocation, useNavigationType, type Location } from 'react-router'

const STORAGE_KEY = 'spott:scroll-positions'

/**
 * Back and Forward return to where each history entry was scrolled, across a reload too.
 * Another page starts at the top; another view of the same page (a filter, a sort) keeps its
 * place; a link to a fragment is left to the page, which scrolls once its data is in.
 */
export function useScrollRestoration() {
  const location = useLocation()
  const action = useNavigationType()
  // Read once, then kept up to date in place: no render depends on it.
  const [positions] = useState(readPositions)
  const entry = useRef(entryKey(location))
  const shownPath = useRef<string>(undefined)

  useEffect(() => {
    window.history.scrollRestoration = 'manual'
    // Saved as the reader scrolls: by the time a navigation renders, the next page may already
    // have cut the document short.
    const save = () => {
      positions[entry.current] = window.scrollY
    }
    const persist = () => writePositions(positions)
    window.addEventListener('scroll', save, { passive: true })
    window.addEventListener('pagehide', persist)
    return () => {
      window.removeEventListener('scroll', save)
      window.removeEventListener('pagehide', persist)
      window.history.scrollRestoration = 'auto'
    }
  }, [positions])

  useLayoutEffect(() => {
    entry.current = entryKey(location)
    const samePage = shownPath.current === location.pathname
    shownPath.current = location.pathname
    const saved = positions[entry.current]
    if (action === 'POP' && saved !== undefined) window.scrollTo(0, saved)
    else if (!samePage && location.hash === '') window.scrollTo(0, 0)
  }, [location, action, positions])
}

/**
 * The address is part of the key: every entry a page load did not create itself has the
 * key "default", and a position saved for one address must not move another.
 */
const entryKey = ({ key, pathname, search }: Location) => `${key} ${pathname}${search}`

function readPositions(): Record<string, number> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}')
    if (typeof stored !== 'object' || stored === null) return {}
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, number] =>
        Number.isFinite(entry[1]),
      ),
    )
  } catch {
    return {}
  }
}

function writePositions(positions: Record<string, number>) {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions))
  } catch {
    // Storage full or blocked: Back still works within this page load.
  }
}
