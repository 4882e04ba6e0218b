import { afterEach, onTestFinished, vi, type Mock } from 'vitest'

/** Where the theme choice is remembered (src/lib/theme.ts). */
export const THEME_STORAGE_KEY = 'spott-dashboard:theme'

export const themeAttribute = () => document.documentElement.getAttribute('data-theme')

/** Leaves no remembered or applied theme behind for the next test. */
export function resetThemeAfterEach() {
  afterEach(() => {
    localStorage.clear()
    document.documentElement.removeAttribute('data-theme')
  })
}

/**
 * Replaces localStorage, for this test only, with one whose `method` throws as browsers do in
 * private mode or with storage blocked. (happy-dom's Storage cannot be spied on: it stores
 * assigned properties as items.) Returns the throwing method, to assert it was tried.
 */
export function breakStorage(method: 'getItem' | 'setItem'): Mock<() => never> {
  const real = localStorage
  const broken = vi.fn((): never => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => real.getItem(key),
    setItem: (key: string, value: string) => real.setItem(key, value),
    removeItem: (key: string) => real.removeItem(key),
    clear: () => real.clear(),
    [method]: broken,
  })
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  return broken
}
