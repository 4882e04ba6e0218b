import type { Browser, Page } from '@playwright/test'
import { DESKTOP_VIEWPORT } from './emulation.ts'
import { actUntilPainted, addProbe, armProbe, readProbe } from './page-probe.ts'

export type NavigationTiming = {
  /** Input event → h1 with the new name painted, ms. */
  ms: number
  /** Input event → that h1 in the DOM, ms. */
  inDomMs: number
  /** /api/ requests the page made between the input and the h1. */
  apiRequests: number
  /** Whether the target's detail had been fetched before the input. */
  prefetched: boolean
  /** Script files requested between the input and the h1 (route code loaded on demand). */
  scriptRequests: number
}

export type NavigationRun = {
  /** Row link clicked after hovering it and waiting for its prefetch. */
  listToDetail: NavigationTiming
  /** `j` on the detail page, nothing prefetched for the next one. */
  nextByKey: NavigationTiming
  /** "Next" clicked after hovering it and waiting for its prefetch. */
  nextByButton: NavigationTiming
}

/** Hover-to-click pause after the prefetch answered (a person needs longer). */
const SETTLE_MS = 200

/**
 * One warm in-app run, unthrottled, in a new context: open the list, hover the first row
 * until its detail is prefetched, click it; press `j`; hover "Next" until prefetched, click.
 */
export async function measureNavigation(
  browser: Browser,
  options: { origin: string; timeoutMs: number },
): Promise<NavigationRun> {
  const context = await browser.newContext({
    ...DESKTOP_VIEWPORT,
    locale: 'en-US',
    timezoneId: 'Europe/London',
  })
  try {
    await addProbe(context, null)
    const page = await context.newPage()
    page.setDefaultTimeout(options.timeoutMs)
    const requested: string[] = []
    const scripts = { count: 0 }
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (path.startsWith('/api/')) requested.push(path)
      if (request.resourceType() === 'script') scripts.count += 1
    })

    await page.goto(`${options.origin}/opportunities`)
    const links = page.locator('a[data-row-link]')
    await links.nth(2).waitFor()
    await page.waitForLoadState('networkidle')
    const rows = await links.evaluateAll((nodes) =>
      nodes.slice(0, 3).map((node) => ({
        name: (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
        id: (node.getAttribute('href') ?? '').split('/').pop() ?? '',
      })),
    )
    const [first, second, third] = rows as [Row, Row, Row]

    await prefetchByHover(page, links.nth(0), first.id)
    const listToDetail = await timeNavigation(
      page,
      { requested, scripts },
      first,
      () => links.nth(0).click(),
      options.timeoutMs,
    )

    // Park the pointer where it rests on nothing that prefetches.
    await page.mouse.move(0, 0)
    const next = page.locator('button[aria-keyshortcuts="j"]:not([disabled])')
    await next.waitFor()
    await page.waitForLoadState('networkidle')
    const nextByKey = await timeNavigation(
      page,
      { requested, scripts },
      second,
      () => page.keyboard.press('j'),
      options.timeoutMs,
    )

    await next.waitFor()
    await page.waitForLoadState('networkidle')
    await prefetchByHover(page, next, third.id)
    const nextByButton = await timeNavigation(
      page,
      { requested, scripts },
      third,
      () => next.click(),
      options.timeoutMs,
    )
    return { listToDetail, nextByKey, nextByButton }
  } finally {
    await context.close()
  }
}

type Row = { name: string; id: string }
type Hoverable = { hover: () => Promise<void> }

async function prefetchByHover(page: Page, target: Hoverable, id: string) {
  const prefetch = page.waitForResponse(
    (response) => new URL(response.url()).pathname === `/api/opportunities/${id}`,
  )
  await target.hover()
  const response = await prefetch
  await response.finished()
  await page.waitForTimeout(SETTLE_MS)
}

async function timeNavigation(
  page: Page,
  { requested, scripts }: { requested: string[]; scripts: { count: number } },
  target: Row,
  act: () => Promise<void>,
  timeoutMs: number,
): Promise<NavigationTiming> {
  const detailPath = `/api/opportunities/${target.id}`
  const prefetched = requested.includes(detailPath)
  await armProbe(page, target.name)
  const before = requested.length
  const scriptsBefore = scripts.count
  await actUntilPainted(page, timeoutMs, act)
  const probe = await readProbe(page)
  if (probe.inputAt === null) throw new Error('the navigation input was not seen by the page')
  return {
    ms: probe.paintedAt! - probe.inputAt,
    inDomMs: probe.seenAt! - probe.inputAt,
    apiRequests: requested.length - before,
    prefetched,
    scriptRequests: scripts.count - scriptsBefore,
  }
}
