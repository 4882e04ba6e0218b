import type { Browser, BrowserContextOptions } from '@playwright/test'
import type { MockOpportunity } from '../mock-spott/builders.ts'
import { XSS_MARKER } from '../mock-spott/hostile-corpus.ts'
import { createHostileOpportunities } from '../mock-spott/hostile-data.ts'
import {
  SERVERS,
  SHOWCASE_ID,
  VIEWPORTS,
  detailPath,
  expect,
  mockOpportunityName,
  recordApiRequests,
  test,
  watchConsole,
  type Page,
} from './fixtures.ts'

/**
 * A deep link's page as the production server streams it (server/deep-link-page.ts): the
 * deal's name is in the HTML as the page's <h1>, where the app will put it, and the record
 * comes along as inert JSON, so the app starts from it without asking /api. Checked in a real
 * browser: without JavaScript, against the app's own final layout, and with hostile names.
 */

const NAME = mockOpportunityName(SHOWCASE_ID)
const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/** A page in a fresh context with JavaScript off: what the HTML alone shows. */
async function pageWithoutJavaScript(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ ...options, javaScriptEnabled: false })
  return { page: await context.newPage(), close: () => context.close() }
}

/** Every element of the document as `tag[attribute names]`, in document order. */
const elementShapes = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('*'), (element) => {
      const names = element.getAttributeNames().sort().join(' ')
      return `${element.tagName.toLowerCase()}[${names}]`
    }),
  )

/**
 * The layout shifts since the page started, from the browser's own buffer: the sum of the
 * shifts without recent input (what CLS adds up) and which elements moved.
 */
const layoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        type Shift = PerformanceEntry & {
          value: number
          hadRecentInput: boolean
          sources?: { node?: Node | null }[]
        }
        const result = { total: 0, moved: [] as string[] }
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue
            result.total += entry.value
            for (const source of entry.sources ?? []) {
              const node = source.node
              const text = node instanceof Element ? node.outerHTML : (node?.nodeName ?? '?')
              result.moved.push(`${entry.value.toFixed(4)}: ${text.slice(0, 120)}`)
            }
          }
        })
        observer.observe({ type: 'layout-shift', buffered: true })
        // The buffered entries arrive in the first callback; with none, there is none.
        setTimeout(() => {
          observer.disconnect()
          resolve(result)
        }, 500)
      }),
  )

test('without JavaScript, a deep link already shows the deal’s name as the page’s heading', async ({
  browser,
}) => {
  const { page, close } = await pageWithoutJavaScript(browser, { baseURL: SERVERS.demo })
  await page.goto(detailPath(SHOWCASE_ID))
  await expect(heading(page)).toHaveText(NAME)
  await expect(heading(page)).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(NAME)
  // The record is there too, for the app to start from, as data that never runs.
  const preload = page.locator('script#spott-preload')
  await expect(preload).toHaveAttribute('type', 'application/json')
  expect(JSON.parse((await preload.textContent()) ?? '')).toMatchObject({ id: SHOWCASE_ID })
  await close()
})

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}px the app takes over the heading where the HTML put it, without asking /api`, async ({
    browser,
    page,
  }) => {
    const before = await pageWithoutJavaScript(browser, { baseURL: SERVERS.demo, viewport })
    await before.page.goto(detailPath(SHOWCASE_ID))
    await expect(heading(before.page)).toHaveText(NAME)
    const htmlBox = await heading(before.page).boundingBox()
    await before.close()

    await page.setViewportSize(viewport)
    const api = recordApiRequests(page)
    await page.goto(detailPath(SHOWCASE_ID))
    // The whole page, not just the heading the server sent.
    await expect(page.getByRole('heading', { level: 2, name: 'Client team' })).toBeVisible()
    await expect(heading(page)).toHaveText(NAME)
    await page.waitForLoadState('networkidle')

    expect(htmlBox, 'the HTML alone shows the heading').not.toBeNull()
    expect(await heading(page).boundingBox(), 'where the app draws the heading').toEqual(htmlBox)
    const shifts = await layoutShifts(page)
    expect(shifts.total, `layout shifts:\n${shifts.moved.join('\n')}`).toBeLessThan(0.02)
    expect(api.paths, 'requests the browser made to /api').toEqual([])
  })
}

test.describe('hostile names', () => {
  const RECORDS = createHostileOpportunities()
  /**
   * Names that would run script, add handlers, end the JSON block early, or redirect the
   * page, were they HTML: a script element, an image with onerror, a closing </script>
   * (after line separators, which end a line in old JavaScript), an SVG onload, and a base
   * href with a meta refresh.
   */
  const IDS = ['opp_xss_00', 'opp_xss_08', 'opp_xss_09', 'opp_xss_17', 'opp_xss_23']
  const recordOf = (id: string): MockOpportunity => {
    const record = RECORDS.find((item) => item.id === id)
    if (!record) throw new Error(`The hostile fixture has no ${id}`)
    return record
  }
  const nameOf = (record: MockOpportunity) => (record.name as { name: string }).name
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

  test('are text in the page’s HTML, and nothing in them runs', async ({ browser }) => {
    const server = { baseURL: SERVERS.keyed }
    // A page with a harmless name: the structure every deep link's page must have.
    const plain = await pageWithoutJavaScript(browser, server)
    await plain.page.goto(detailPath(SHOWCASE_ID))
    await expect(heading(plain.page)).toHaveText(NAME)
    const expectedShape = await elementShapes(plain.page)
    await plain.close()

    for (const id of IDS) {
      const record = recordOf(id)
      const name = nameOf(record)
      await test.step(`${id}: ${JSON.stringify(name)}`, async () => {
        const { page, close } = await pageWithoutJavaScript(browser, server)
        await page.goto(detailPath(id))
        // The heading holds the name as text, and only text.
        await expect(heading(page)).toBeVisible()
        expect(await heading(page).textContent()).toBe(name.trim())
        await expect(heading(page).locator('*')).toHaveCount(0)
        // No element or attribute came out of the name: the page has the plain page's shape.
        expect(await elementShapes(page)).toEqual(expectedShape)
        // The JSON block ended where the server ended it, with the record whole.
        const preload = page.locator('script#spott-preload')
        expect(JSON.parse((await preload.textContent()) ?? '')).toMatchObject({
          id,
          name: record.name,
          description: record.description,
        })
        expect(page.url()).toBe(new URL(detailPath(id), SERVERS.keyed).href)
        await close()
      })
    }
  })

  test('start the app from the page’s record, with no script of theirs run', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: SERVERS.keyed })
    const page = await context.newPage()
    const guard = watchConsole(page)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    // Every payload sets this global when it runs: record any write to it.
    await page.addInitScript((marker) => {
      const writes: string[] = []
      Object.defineProperty(window, '__markerWrites', { value: writes })
      Object.defineProperty(window, marker, {
        configurable: false,
        get: () => writes.at(-1),
        set: (value: unknown) => {
          writes.push(String(value))
        },
      })
    }, XSS_MARKER)
    const api = recordApiRequests(page)

    for (const id of IDS) {
      const name = nameOf(recordOf(id))
      await test.step(`${id}: ${JSON.stringify(name)}`, async () => {
        await page.goto(detailPath(id))
        await expect(page.getByRole('heading', { level: 2, name: 'Client team' })).toBeVisible()
        expect(squash((await heading(page).textContent()) ?? '')).toBe(squash(name))
        await page.waitForLoadState('networkidle')
        expect(api.paths, 'requests the browser made to /api').toEqual([])
        expect(dialogs, 'dialogs opened').toEqual([])
        const writes = await page.evaluate(
          () => (window as unknown as { __markerWrites: string[] }).__markerWrites,
        )
        expect(writes, `writes to window.${XSS_MARKER}`).toEqual([])
      })
    }
    guard.stop()
    expect(guard.problems(), 'the page logged console errors or threw').toEqual([])
    await context.close()
  })
})
