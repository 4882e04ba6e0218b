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
import { createDemoOpportunities } from '../mock-spott/data.ts'

export { expect }
export { E2E_SECRET_KEY, REJECTED_KEY, SERVERS } from './servers.ts'
export { INTERNATIONAL_ID, LONG_CONTENT_ID, MINIMAL_ID, SHOWCASE_ID } from '../mock-spott/data.ts'

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
  const wrapper = createDemoOpportunities().find((item) => item.id === id)?.name
  if (
    wrapper !== null &&
    typeof wrapper === 'object' &&
    !Array.isArray(wrapper) &&
    typeof wrapper.name === 'string'
  ) {
    return wrapper.name
  }
  throw new Error(`The demo data has no named opportunity ${id}`)
}

/** An id the mock has no record for. */
export const MISSING_ID = 'does_not_exist'

export const detailPath = (id: string) => `/opportunities/${id}`
export const detailApiPath = (id: string) => `/api/opportunities/${id}`

/** Opens a detail page (on `server`, or the default baseURL) and waits for its h1. */
export async function openOpportunity(page: Page, id: string, server?: string): Promise<Locator> {
  await page.goto(server ? new URL(detailPath(id), server).href : detailPath(id))
  const heading = page.getByRole('heading', { level: 1, name: demoOpportunityName(id) })
  await expect(heading).toBeVisible()
  return heading
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
