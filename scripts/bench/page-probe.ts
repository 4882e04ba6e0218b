import type { BrowserContext, Page } from '@playwright/test'

/**
 * What the init script records in the page, in ms since the page's time origin (navigation
 * start): `performance.now()` values, so Node's clock and the CDP round trips never enter.
 */
export type ProbeReadings = {
  /** The text the h1 must show; null: not watching. */
  target: string | null
  /** When an h1 with the target text, with a box, entered the DOM (MutationObserver). */
  seenAt: number | null
  /** After the next paint following `seenAt` (rAF, then a task): "visible". */
  paintedAt: number | null
  /** `timeStamp` of the first click or keydown since the last `arm`. */
  inputAt: number | null
  /** Largest contentful paint so far (startTime of the latest entry). */
  lcp: number | null
  /** Cumulative layout shift: the largest session window, shifts after input excluded. */
  cls: number
  navigation: { responseStart: number; domContentLoaded: number; load: number } | null
  /**
   * Where the time goes. The /api/ times are the page's own view of its first /api/ fetch
   * (the call, and its response arriving), so emulated latency is included; the script time
   * is resource timing's, which under CDP network emulation is taken before the emulated
   * delay and so is only meaningful unthrottled.
   */
  waterfall: { apiStartMs: number | null; apiEndMs: number | null; scriptsEndMs: number | null }
}

type ProbeState = Omit<ProbeReadings, 'waterfall'> & {
  check: () => void
  apiStartMs: number | null
  apiEndMs: number | null
}
type WithProbe = { __benchProbe?: ProbeState }

/**
 * What the probe writes to the console once the armed h1 is painted. The bench waits for that
 * message instead of polling the page: a poll (`page.waitForFunction`) first evaluates
 * Playwright's injected script in the page, 60–110 ms of main thread under the 4× CPU
 * slowdown, which landed in the middle of the load it was timing, the floor's included.
 */
const PAINTED_SIGNAL = '__bench_probe_painted'

/** Runs in the page before any of its scripts (page.addInitScript). */
function installProbe(target: string | null, paintedSignal: string) {
  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()
  const probe: ProbeState = {
    target,
    seenAt: null,
    paintedAt: null,
    inputAt: null,
    lcp: null,
    cls: 0,
    navigation: null,
    apiStartMs: null,
    apiEndMs: null,
    check: () => {
      if (probe.target === null || probe.seenAt !== null) return
      for (const h1 of Array.from(document.getElementsByTagName('h1'))) {
        if (normalize(h1.textContent ?? '') !== probe.target) continue
        const box = h1.getBoundingClientRect()
        if (box.width <= 1 || box.height <= 1) continue
        // A page drawn ahead out of sight has a box but is not visible yet.
        if (!h1.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
        const seenAt = performance.now()
        probe.seenAt = seenAt
        // rAF runs just before the frame that shows the h1 is painted; a message posted from
        // there is handled once that frame is done.
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => {
            if (probe.seenAt !== seenAt) return
            probe.paintedAt = performance.now()
            console.debug(paintedSignal)
          }
          channel.port2.postMessage(null)
        })
        return
      }
    },
  }
  ;(window as WithProbe).__benchProbe = probe
  new MutationObserver(() => probe.check()).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  })
  // The first /api/ fetch: when the page asked, and when the answer reached it.
  const fetchApi = window.fetch
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const request = fetchApi.apply(this, args)
    const [input] = args
    const url = input instanceof Request ? input.url : String(input)
    if (probe.apiStartMs === null && new URL(url, location.href).pathname.startsWith('/api/')) {
      probe.apiStartMs = performance.now()
      request.then(
        () => (probe.apiEndMs ??= performance.now()),
        () => undefined,
      )
    }
    return request
  }
  const onInput = (event: Event) => {
    probe.inputAt ??= event.timeStamp
  }
  addEventListener('click', onInput, true)
  addEventListener('keydown', onInput, true)

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.lcp = entry.startTime
    }).observe({ type: 'largest-contentful-paint', buffered: true })
    // CLS as web-vitals computes it: shifts grouped in session windows (gaps under 1 s,
    // at most 5 s long), the largest window counts; shifts right after input do not.
    let windowValue = 0
    let windowStart = 0
    let lastShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
      })[]) {
        if (entry.hadRecentInput) continue
        if (
          windowValue > 0 &&
          entry.startTime - lastShift < 1000 &&
          entry.startTime - windowStart < 5000
        ) {
          windowValue += entry.value
        } else {
          windowValue = entry.value
          windowStart = entry.startTime
        }
        lastShift = entry.startTime
        probe.cls = Math.max(probe.cls, windowValue)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  } catch {
    // A browser without these entry types: LCP stays null, CLS 0.
  }
}

/** Installs the probe in every page of `context`, watching for an h1 reading `target`. */
export async function addProbe(context: BrowserContext, target: string | null) {
  // Passed as source text with a stand-in for `__name`: tsx compiles this file with esbuild's
  // keepNames, which wraps inner functions in `__name(...)`, a helper the page does not have.
  await context.addInitScript({
    content: `globalThis.__name ??= (fn) => fn;\n(${installProbe.toString()})(${JSON.stringify(target)}, ${JSON.stringify(PAINTED_SIGNAL)});`,
  })
}

/** Starts watching for a new h1 text (for an in-app navigation); clears the last readings. */
export async function armProbe(page: Page, target: string) {
  await page.evaluate((text) => {
    const probe = (window as WithProbe).__benchProbe
    if (!probe) throw new Error('the bench probe is not installed in this page')
    probe.target = text
    probe.seenAt = null
    probe.paintedAt = null
    probe.inputAt = null
  }, target)
}

/**
 * Runs `act` (a page load or an input) and waits until the armed h1 has been painted. The
 * wait starts before `act`, since the probe's message may come before `act` returns; nothing
 * is evaluated in the page meanwhile.
 */
export async function actUntilPainted(page: Page, timeoutMs: number, act: () => Promise<unknown>) {
  const painted = page.waitForEvent('console', {
    predicate: (message) => message.text() === PAINTED_SIGNAL,
    timeout: timeoutMs,
  })
  try {
    await act()
  } catch (error) {
    painted.catch(() => undefined)
    throw error
  }
  await painted
}

export async function readProbe(page: Page): Promise<ProbeReadings> {
  return page.evaluate(() => {
    const probe = (window as WithProbe).__benchProbe
    if (!probe) throw new Error('the bench probe is not installed in this page')
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const scriptEnds = resources
      .filter((entry) => entry.initiatorType === 'script' || /\.js$/.test(entry.name))
      .map((entry) => entry.responseEnd)
    return {
      target: probe.target,
      seenAt: probe.seenAt,
      paintedAt: probe.paintedAt,
      inputAt: probe.inputAt,
      lcp: probe.lcp,
      cls: probe.cls,
      navigation: nav
        ? {
            responseStart: nav.responseStart,
            domContentLoaded: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
          }
        : null,
      waterfall: {
        apiStartMs: probe.apiStartMs,
        apiEndMs: probe.apiEndMs,
        scriptsEndMs: scriptEnds.length > 0 ? Math.max(...scriptEnds) : null,
      },
    }
  })
}
