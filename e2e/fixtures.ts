import { readdirSync, readFileSync } from 'node:fs'
import { STATUS_CODES } from 'node:http'
import { join } from 'node:path'
import {
  test as base,
  expect,
  type ConsoleMessage,
  type Locator,
  type Page,
  type Request,
  type Response,
} from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { createDemoOpportunities } from '../mock-spott/data.ts'
import { createStressOpportunities } from '../mock-spott/stress-data.ts'

export { expect }
export type { Locator, Page } from '@playwright/test'
export { E2E_SECRET_KEY, REJECTED_KEY, SERVERS, THROTTLED_KEY } from './servers.ts'
export { INTERNATIONAL_ID, LONG_CONTENT_ID, MINIMAL_ID, SHOWCASE_ID } from '../mock-spott/data.ts'
export { LARGE_ACCOUNT_ID } from '../mock-spott/stress-data.ts'

/* ------------------------------------------------------------------------------------------
 * The console guard: every test fails when the page logs a console error or throws.
 * ---------------------------------------------------------------------------------------- */

type AllowedConsoleError = { text: string; path: string | undefined }

export type ConsoleErrorGuard = {
  /**
   * Lets this test log one exact console error it provokes on purpose (a 404 it asks for, a
   * request it aborts). `path` narrows it to the resource the message is about.
   */
  allow: (text: string, options?: { path?: string }) => void
}

/** Chromium's message for a request that got an HTTP error status. */
export const failedResourceMessage = (status: number) =>
  `Failed to load resource: the server responded with a status of ${status} (${STATUS_CODES[status] ?? ''})`

/** Chromium's message for a request that never got an answer (`route.abort('failed')`). */
export const NETWORK_FAILURE_MESSAGE = 'Failed to load resource: net::ERR_FAILED'

const pathOf = (url: string) => {
  try {
    return new URL(url).pathname
  } catch {
    return undefined
  }
}

/**
 * Collects the page's console errors and uncaught errors, minus those explicitly allowed.
 * The `test` below runs one for every test; it is exported to check the guard itself.
 */
export function watchConsole(page: Page) {
  const allowed: AllowedConsoleError[] = []
  const problems: string[] = []
  const isAllowed = (text: string, url: string) =>
    allowed.some(
      (entry) => entry.text === text && (entry.path === undefined || pathOf(url) === entry.path),
    )
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return
    const { url } = message.location()
    if (isAllowed(message.text(), url)) return
    problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`)
  }
  const onPageError = (error: Error) => {
    problems.push(`page error: ${error.stack ?? error.message}`)
  }
  const allow: ConsoleErrorGuard['allow'] = (text, options) => {
    allowed.push({ text, path: options?.path })
  }
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  return {
    allow,
    problems: () => [...problems],
    stop: () => {
      page.off('console', onConsole)
      page.off('pageerror', onPageError)
    },
  }
}

export const test = base.extend<{ consoleErrors: ConsoleErrorGuard }>({
  consoleErrors: [
    async ({ page }, use) => {
      const watcher = watchConsole(page)
      await use({ allow: watcher.allow })
      watcher.stop()
      expect(watcher.problems(), 'the page logged console errors or threw').toEqual([])
    },
    { auto: true },
  ],
})

/* ------------------------------------------------------------------------------------------
 * Demo data and navigation
 * ---------------------------------------------------------------------------------------- */

/** The name a demo record carries, read from the same data the mock serves. */
export function demoOpportunityName(id: string): string {
  return recordName(createDemoOpportunities(), id)
}

/**
 * The name of any record a mock serves: the demo pipeline, or the stress records that only
 * the standalone mock behind SERVERS.keyed serves.
 */
export function mockOpportunityName(id: string): string {
  return recordName([...createDemoOpportunities(), ...createStressOpportunities()], id)
}

function recordName(records: ReturnType<typeof createDemoOpportunities>, id: string): string {
  const wrapper = records.find((item) => item.id === id)?.name
  if (
    wrapper !== null &&
    typeof wrapper === 'object' &&
    !Array.isArray(wrapper) &&
    typeof wrapper.name === 'string'
  ) {
    return wrapper.name
  }
  throw new Error(`The mock data has no named opportunity ${id}`)
}

/** An id the mock has no record for. */
export const MISSING_ID = 'does_not_exist'

export const detailPath = (id: string) => `/opportunities/${id}`
export const detailApiPath = (id: string) => `/api/opportunities/${id}`

/** Opens a detail page (on `server`, or the default baseURL); waits for its h1 and the app. */
export async function openOpportunity(page: Page, id: string, server?: string): Promise<Locator> {
  await page.goto(server ? new URL(detailPath(id), server).href : detailPath(id))
  const heading = page.getByRole('heading', { level: 1, name: mockOpportunityName(id) })
  await expect(heading).toBeVisible()
  await appTookOver(page)
  return heading
}

/**
 * A deep link's page shows the deal's name before the app runs; the app then renders the
 * whole page in its place. Its theme control is the sign: the server's copy is disabled.
 */
export const appTookOver = (page: Page) =>
  expect(page.getByRole('combobox', { name: 'Theme' })).toBeEnabled()

/**
 * Opens the list and clicks the row of `id`: in-app navigation, where the browser fetches the
 * deal from /api itself. (A deep link's page brings its record along, so a test that needs
 * the browser's request, to hold it or make it fail, gets there this way.) Resolves once the
 * address is the deal's; what the page shows by then is up to the test.
 */
export async function openFromList(page: Page, id: string) {
  await page.goto('/opportunities')
  // By its address: some demo deals share a name.
  const row = page
    .getByRole('main')
    .getByRole('rowheader')
    .locator(`a[href="${detailPath(id)}"]`)
  await expect(row).toHaveText(mockOpportunityName(id))
  await row.click()
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(detailPath(id))}$`))
}

/** The landmarks DESIGN.md promises on every detail page. */
export const FACT_LABELS = ['Stage', 'Company', 'Owner', 'Close date', 'Created'] as const
export const SECTION_TITLES = [
  'Description',
  'Client team',
  'Next task',
  'Custom attributes',
] as const

/**
 * A labelled fact's value: the `<dd>` whose aria-labelledby points at the `<dt>` "label".
 * (`getByRole('definition', { name })` cannot match: Playwright follows ARIA 1.3, where the
 * definition role prohibits naming, so it computes an empty name for every `<dd>`.)
 */
export const fact = (page: Page, label: string) =>
  page.getByRole('definition').and(page.getByLabel(label, { exact: true }))

export async function expectDetailLandmarks(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(name)}`))
  for (const label of FACT_LABELS) {
    await expect(fact(page, label)).toBeVisible()
  }
  for (const title of SECTION_TITLES) {
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible()
  }
}

/** The demo-mode banner (role="note"). */
export const demoBanner = (page: Page) => page.getByRole('note').filter({ hasText: 'Demo data' })

/* ------------------------------------------------------------------------------------------
 * Text a person should never see
 * ---------------------------------------------------------------------------------------- */

const FORBIDDEN_TEXT: { label: string; pattern: RegExp }[] = [
  { label: 'undefined', pattern: /\bundefined\b/ },
  { label: 'null', pattern: /\bnull\b/ },
  { label: 'NaN', pattern: /\bNaN\b/ },
  { label: '[object Object]', pattern: /\[object Object\]/ },
  { label: 'Invalid Date', pattern: /Invalid Date/ },
]

/**
 * Checks the page's text, including screen-reader-only text and the accessible labels,
 * titles and alt texts, for leaked programming values.
 */
export async function expectNoBrokenText(page: Page) {
  const text = await page.evaluate(() => {
    const attributes = Array.from(
      document.body.querySelectorAll('[aria-label], [title], [alt]'),
      (element) =>
        ['aria-label', 'title', 'alt'].map((name) => element.getAttribute(name) ?? '').join(' '),
    )
    return [document.title, document.body.textContent ?? '', ...attributes].join('\n')
  })
  const found = FORBIDDEN_TEXT.filter(({ pattern }) => pattern.test(text)).map(({ label }) => label)
  expect(found, 'programming values shown as text').toEqual([])
}

/* ------------------------------------------------------------------------------------------
 * Network
 * ---------------------------------------------------------------------------------------- */

/** Counts the requests the page makes to `path` from now on. */
export function countRequests(page: Page, path: string): { readonly count: number } {
  let count = 0
  page.on('request', (request: Request) => {
    if (pathOf(request.url()) === path) count += 1
  })
  return {
    get count() {
      return count
    },
  }
}

/**
 * Records the path of every request the page makes to the same-origin API (`/api/…`) from
 * now on: a deep link's page arrives with its record, so there should be none.
 */
export function recordApiRequests(page: Page): { readonly paths: string[] } {
  const paths: string[] = []
  page.on('request', (request: Request) => {
    const path = pathOf(request.url())
    if (path?.startsWith('/api/')) paths.push(path)
  })
  return { paths }
}

/**
 * The proxy's `x-spott-cache` for `id` as a request from outside the browser sees it now:
 * "hit" while an answer read in the last 5 s is kept, which is how the e2e run can tell that
 * the server asked Spott for a page (the mocks keep no count).
 */
export async function proxyCacheState(page: Page, server: string, id: string) {
  const response = await page.request.get(new URL(detailApiPath(id), server).href)
  expect(response.status()).toBe(200)
  return {
    cache: response.headers()['x-spott-cache'],
    body: (await response.json()) as { id?: string },
  }
}

export type CapturedResponse = { url: string; resourceType: string; text: string }

/**
 * Records every response the browser receives: all headers, plus the body of documents,
 * scripts, styles and API calls. Call `settle()` before reading `responses`.
 */
export function captureResponses(page: Page) {
  const responses: CapturedResponse[] = []
  const pending: Promise<void>[] = []
  const withBody = new Set(['document', 'script', 'stylesheet', 'fetch', 'xhr'])
  const record = async (response: Response) => {
    // Redirects have no body to read; error answers do, and are where a key would leak.
    const request = response.request()
    const headers = await response.allHeaders()
    const headerText = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n')
    let body = ''
    const isRedirect = response.status() >= 300 && response.status() < 400
    if (withBody.has(request.resourceType()) && !isRedirect) {
      body = (await response.body()).toString('utf8')
    }
    responses.push({
      url: response.url(),
      resourceType: request.resourceType(),
      text: `${headerText}\n\n${body}`,
    })
  }
  page.on('response', (response) => {
    pending.push(record(response))
  })
  return {
    responses,
    settle: async () => {
      await Promise.all(pending)
    },
  }
}

/* ------------------------------------------------------------------------------------------
 * Layout and keyboard
 * ---------------------------------------------------------------------------------------- */

export async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
  })
  expect(scrollWidth, 'page width beyond the viewport').toBeLessThanOrEqual(clientWidth)
}

/** Presses Tab until `target` has focus; fails if it takes more than `maxPresses`. */
export async function tabUntilFocused(page: Page, target: Locator, maxPresses = 30) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab did not reach ${String(target)} within ${maxPresses} presses`)
}

/** The widths the layout is checked at: a small phone and a wide desktop. */
export const VIEWPORTS = [
  { width: 360, height: 780 },
  { width: 1440, height: 900 },
] as const

export const COLOR_SCHEMES = ['light', 'dark'] as const

/**
 * Runs `check` once per colour scheme and viewport on the page as it is (no reload), each
 * as its own step named like "dark, 360px".
 */
export async function forEachAppearance(page: Page, check: (appearance: string) => Promise<void>) {
  for (const colorScheme of COLOR_SCHEMES) {
    for (const { width, height } of VIEWPORTS) {
      const appearance = `${colorScheme}, ${width}px`
      await test.step(appearance, async () => {
        await page.emulateMedia({ colorScheme })
        await page.setViewportSize({ width, height })
        await check(appearance)
      })
    }
  }
}

/** Elements among `elements` wider than their own box (content cut off or scrolling sideways). */
export async function expectNoElementOverflow(elements: Locator, what: string) {
  const overflowing = await elements.evaluateAll((nodes) =>
    nodes
      .filter((node) => node.scrollWidth > node.clientWidth)
      .map(
        (node) =>
          `${node.getAttribute('aria-label') ?? node.textContent?.slice(0, 40) ?? node.tagName}: ` +
          `scrollWidth ${node.scrollWidth} > clientWidth ${node.clientWidth}`,
      ),
  )
  expect(overflowing, `${what} wider than their box`).toEqual([])
}

/**
 * The colour behind the page content: the first non-transparent background from <body> up.
 * (The app paints <html>; <body> itself is transparent, and the canvas takes the root's.)
 */
export const pageBackground = (page: Page) =>
  page.evaluate(() => {
    for (let node: Element | null = document.body; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor
      if (colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour
    }
    return 'transparent'
  })

/* ------------------------------------------------------------------------------------------
 * Focus
 * ---------------------------------------------------------------------------------------- */

export type FocusStyle = { outline: string; boxShadow: string }

/**
 * Outline and box-shadow as computed now: compare an element's focused and unfocused looks.
 * `tag` also sets the element's `data-e2e-stop`, which `readFocus` reports back.
 */
export const focusStyle = (element: Locator, { tag }: { tag?: string } = {}): Promise<FocusStyle> =>
  element.evaluate((node, stop) => {
    if (stop !== undefined) node.setAttribute('data-e2e-stop', stop)
    const style = getComputedStyle(node)
    return {
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    }
  }, tag)

export type FocusedElement = {
  /** The element's `data-e2e-stop` attribute, when a test tagged it. */
  stop: string | null
  description: string
  style: FocusStyle
  /** Rendered larger than a pixel (not a visually hidden 1×1 box). */
  rendered: boolean
  /** At least partly inside the viewport. */
  inViewport: boolean
}

/** The element that has focus now, or null when focus is on the body (or left the page). */
export const readFocus = (page: Page): Promise<FocusedElement | null> =>
  page.evaluate(() => {
    const active = document.activeElement
    if (!active || active === document.body || active === document.documentElement) return null
    const style = getComputedStyle(active)
    const box = active.getBoundingClientRect()
    const name = (active.getAttribute('aria-label') ?? active.textContent ?? '').trim()
    return {
      stop: active.getAttribute('data-e2e-stop'),
      description: `<${active.tagName.toLowerCase()}> "${name.slice(0, 60)}"`,
      style: {
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
      },
      rendered: box.width > 1 && box.height > 1,
      inViewport: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    }
  })

const isTransparent = (colour: string) =>
  colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour) || /\/\s*0\)$/.test(colour)

/**
 * What makes the focused element stand out, or undefined when nothing does: an outline that
 * is drawn (style not none, width above 0, colour not transparent), or a box-shadow that the
 * element does not already have when unfocused.
 */
export function focusIndicator(focused: FocusStyle, unfocused: FocusStyle): string | undefined {
  const [style = 'none', width = '0px', ...colour] = focused.outline.split(' ')
  if (style !== 'none' && parseFloat(width) > 0 && !isTransparent(colour.join(' '))) {
    return `outline ${focused.outline}`
  }
  if (focused.boxShadow !== 'none' && focused.boxShadow !== unfocused.boxShadow) {
    return `box-shadow ${focused.boxShadow}`
  }
  return undefined
}

/* ------------------------------------------------------------------------------------------
 * Network control
 * ---------------------------------------------------------------------------------------- */

/**
 * Holds every request to `path` until `release()`, so a test can look at the page while it
 * waits. `arrived` resolves when the first request reaches the hold.
 */
export async function holdRequests(page: Page, path: string) {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let arrive = () => {}
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve
  })
  await page.route(`**${path}`, async (route) => {
    arrive()
    await released
    await route.continue()
  })
  return { arrived, release }
}

/* ------------------------------------------------------------------------------------------
 * Accessibility and locale
 * ---------------------------------------------------------------------------------------- */

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

/** One line per failing element: rule, impact, the element and what axe says to fix. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')
          return `    - ${node.target.join(' >>> ')}\n      ${node.html}\n      ${summary}`
        })
        .join('\n')
      return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} [${violation.helpUrl}]\n${nodes}`
    })
    .join('\n')
}

/**
 * Runs axe with every rule it has on the page as shown, and soft-fails with the details.
 * Legacy mode runs axe in the page itself instead of aggregating frame results in a new blank
 * page: the same rules and results for an app without iframes, in half the time.
 */
export async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze()
  expect
    .soft(
      violations.map((violation) => violation.id),
      `axe violations (${where}):\n${describeViolations(violations)}`,
    )
    .toEqual([])
}

/**
 * Text as compared across Intl implementations: every kind of space (no-break, narrow
 * no-break, thin) as one plain space, trimmed. Chromium and Node ship different ICU versions.
 */
export const normalizeSpaces = (text: string) =>
  text.replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim()

/* ------------------------------------------------------------------------------------------
 * Files
 * ---------------------------------------------------------------------------------------- */

/** Every file under `dir`, recursively. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(path) : [path]
  })
}

/** The files under `dir` whose bytes contain `needle` (text, source maps and binaries alike). */
export const filesContaining = (dir: string, needle: string) =>
  listFiles(dir).filter((path) => readFileSync(path).includes(needle))

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Takes the browser offline and waits until the page has heard the `offline` event, so
 * what the test does next happens in an app that knows it is offline.
 */
export async function goOffline(page: Page) {
  type Waiting = { __wentOffline?: Promise<void> }
  await page.evaluate(() => {
    ;(window as Waiting).__wentOffline = new Promise<void>((resolve) =>
      window.addEventListener('offline', () => resolve(), { once: true }),
    )
  })
  await page.context().setOffline(true)
  await page.evaluate(() => (window as Waiting).__wentOffline)
}
