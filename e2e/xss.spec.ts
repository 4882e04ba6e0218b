import type { Browser } from '@playwright/test'
import type { Json, MockOpportunity } from '../mock-spott/builders.ts'
import {
  HOSTILE_KEYS,
  HOSTILE_STRINGS,
  HOSTILE_TEXT,
  XSS_MARKER,
  isOriginEscapingPath,
} from '../mock-spott/hostile-corpus.ts'
import {
  HOSTILE_CORPUS_IDS,
  ORIGIN_ESCAPE_IDS,
  createHostileOpportunities,
} from '../mock-spott/hostile-data.ts'
import { SERVERS, SHOWCASE_ID, detailPath, expect, test, type Page } from './fixtures.ts'

/**
 * The XSS corpus (mock-spott/hostile-corpus.ts) in a real browser, against the production
 * server with its CSP. The mock behind SERVERS.keyed serves records whose every string is a
 * payload (mock-spott/hostile-data.ts). On each page: no dialog, no payload's marker set, no
 * CSP violation, no handler attribute, no href or src other than http(s), mailto, tel or
 * this site, no script-capable element the app does not have itself; and every payload is
 * on screen as the text it was, so the checks prove it was rendered, not dropped.
 */

test.use({ baseURL: SERVERS.keyed, permissions: ['clipboard-read', 'clipboard-write'] })

const APP_ORIGIN = new URL(SERVERS.keyed).origin
const RECORDS = createHostileOpportunities()
const recordOf = (id: string) => RECORDS.find((record) => record.id === id)!
const CORPUS = new Set(HOSTILE_STRINGS)
const isPayload = (value: string) => CORPUS.has(value) || isOriginEscapingPath(value)
const KEYS = new Set(HOSTILE_KEYS)

/* ------------------------------------------------------------------------------------------
 * What each record puts on the page, derived from the record itself
 * ---------------------------------------------------------------------------------------- */

/**
 * Where a string ends up. Decided by the field's name rather than listed per field, so a
 * string field added to the fixture is checked as visible text until told otherwise.
 * - text: shown as written (or, for a web address, as a link to exactly it);
 * - title: a field wrapper's unfamiliar viewType, named in the tooltip of its fallback;
 * - image: an avatar or logo, never shown as text;
 * - hidden: ids and custom values' tags, which the page does not show.
 */
type Shown = 'text' | 'title' | 'image' | 'hidden'

type Payload = { path: string; value: string; shown: Shown }

const HIDDEN_KEYS = new Set(['id', 'candidateId', 'companyId', 'attributeDefinitionId'])
const IMAGE_KEYS = new Set(['avatarUrl', 'companyLogoUrl'])

function shownAs(path: string[]): Shown {
  const key = path.at(-1)!
  if (key === 'viewType') return path.length === 2 ? 'title' : 'hidden'
  if (HIDDEN_KEYS.has(key)) return 'hidden'
  if (IMAGE_KEYS.has(key)) return 'image'
  return 'text'
}

/** Every corpus string in `value`, as a value or as an object key (a fallback label). */
function payloadsIn(value: Json, path: string[] = []): Payload[] {
  if (typeof value === 'string') {
    return isPayload(value) ? [{ path: path.join('.'), value, shown: shownAs(path) }] : []
  }
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]): Payload[] => [
    ...(KEYS.has(key)
      ? [{ path: `${[...path, key].join('.')} (key)`, value: key, shown: 'text' as const }]
      : []),
    ...payloadsIn(item, [...path, key]),
  ])
}

const payloadsOf = (record: MockOpportunity) => {
  const { id: _id, ...fields } = record
  return payloadsIn(fields)
}

/** A field's payload inside its wrapper: `record.name.name`, `record.company.company`. */
function fieldValue(record: MockOpportunity, field: string): Json {
  const wrapper = record[field]
  return wrapper && typeof wrapper === 'object' && !Array.isArray(wrapper)
    ? (wrapper[field] ?? null)
    : null
}

const recordName = (record: MockOpportunity) => fieldValue(record, 'name') as string

const isWebAddress = (value: string) => /^https?:\/\//i.test(value.trim())

/** Every string in `value`: payloads, and the ids made of a payload and a suffix. */
function stringsIn(value: Json): string[] {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.values(value).flatMap(stringsIn)
}

/** Off-site addresses a page may link to: those its records sent as absolute http(s) URLs. */
function webAddressesOf(records: MockOpportunity[]): Set<string> {
  return new Set(
    records
      .flatMap((record) => stringsIn(record))
      .filter(isWebAddress)
      .map((value) => new URL(value.trim()).href),
  )
}

/** Whitespace as the page may lay it out: any run of it is one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

const asTitle = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/[\t\n\f\r ]+/g, ' ')
    .trim()

/* ------------------------------------------------------------------------------------------
 * Tripwires: installed before the app's first byte
 * ---------------------------------------------------------------------------------------- */

type Tripped = { marker: string[]; csp: string[] }

/** Records every write to the marker global and every CSP violation. Runs in the page. */
function installTripwires(marker: string) {
  const tripped: Tripped = { marker: [], csp: [] }
  Object.defineProperty(window, '__xssTripped', { value: tripped })
  Object.defineProperty(window, marker, {
    configurable: false,
    get: () => tripped.marker.at(-1),
    set: (value: unknown) => {
      tripped.marker.push(String(value))
    },
  })
  document.addEventListener('securitypolicyviolation', (event) => {
    tripped.csp.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
  })
}

/** A 1×1 transparent PNG, served for images on other sites so they load without a network. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

/** Sets the tripwires on `page`; `expectNothingRan` checks them. */
async function watchForScript(page: Page) {
  const dialogs: string[] = []
  const offSite: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(installTripwires, XSS_MARKER)
  // An avatar on any https host is allowed (the CSP says so too); which ones the page asks
  // for is checked below, and answering them keeps a missing network out of the console.
  await page.route(
    (url) => url.origin !== APP_ORIGIN,
    async (route) => {
      offSite.push(route.request().url())
      await route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL })
    },
  )
  return {
    offSite,
    /** `records` are those on the page, to say which field a blocked URL came from. */
    expectNothingRan: async (where: string, records: MockOpportunity[] = []) => {
      // One more frame and a beat, for handlers that would run after a layout or a load.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
      )
      const tripped = await page.evaluate(
        () => (window as unknown as { __xssTripped: Tripped }).__xssTripped,
      )
      expect.soft(dialogs, `dialogs opened (${where})`).toEqual([])
      expect.soft(tripped.marker, `writes to window.${XSS_MARKER} (${where})`).toEqual([])
      const violations = tripped.csp.map((violation) => {
        const blocked = / blocked (https?:\S+)$/.exec(violation)?.[1]
        return blocked ? `${violation}, made from ${sourcesOf(blocked, records)}` : violation
      })
      expect.soft(violations, `CSP violations (${where})`).toEqual([])
    },
  }
}

/* ------------------------------------------------------------------------------------------
 * Reading the markup
 * ---------------------------------------------------------------------------------------- */

type Markup = {
  /** `<img onerror>`: elements with an event-handler attribute, or `srcdoc`. */
  handlers: string[]
  /** Every URL in a URL-valued attribute, resolved as the browser would. */
  urls: { where: string; url: string }[]
  /** Script-capable or page-altering elements, as `tag attr=value …`. */
  elements: string[]
  /** Style attributes that could fetch or run something. */
  styles: string[]
  text: string
  titles: string[]
  h1: string | null
  title: string
}

/** Runs in the page: everything the checks below look at, in one pass. */
function readMarkup(): Markup {
  const URL_ATTRIBUTES = [
    'href',
    'src',
    'srcset',
    'imagesrcset',
    'action',
    'formaction',
    'xlink:href',
    'poster',
    'data',
    'background',
    'ping',
    'cite',
    'codebase',
    'longdesc',
    'manifest',
    'lowsrc',
    'dynsrc',
  ]
  const LISTS = new Set(['srcset', 'imagesrcset', 'ping'])
  const ELEMENTS =
    'script, iframe, frame, frameset, object, embed, applet, portal, base, meta, link, style, template, noscript, form, math, svg script, svg foreignObject, svg use, svg animate, svg set'
  const markup: Markup = {
    handlers: [],
    urls: [],
    elements: [],
    styles: [],
    text: document.body.innerText,
    titles: [],
    h1: document.querySelector('h1')?.textContent ?? null,
    title: document.title,
  }
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase()
    for (const { name: rawName, value } of Array.from(element.attributes)) {
      const name = rawName.toLowerCase()
      if (name.startsWith('on') || name === 'srcdoc') markup.handlers.push(`<${tag} ${name}>`)
      if (name === 'title') markup.titles.push(value)
      if (name === 'style' && /url\s*\(|expression\s*\(|javascript:/i.test(value)) {
        markup.styles.push(`<${tag} style="${value}">`)
      }
      if (!URL_ATTRIBUTES.includes(name)) continue
      const parts = LISTS.has(name)
        ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
        : [value]
      for (const part of parts) {
        let url: string
        try {
          url = new URL(part.trim(), document.baseURI).href
        } catch {
          url = `unparseable: ${part}`
        }
        markup.urls.push({ where: `<${tag} ${name}>`, url })
      }
    }
  }
  markup.elements = Array.from(document.querySelectorAll(ELEMENTS), (element) => {
    const attributes = ['src', 'href', 'rel', 'type', 'name', 'http-equiv', 'charset', 'content']
      .filter((name) => element.hasAttribute(name))
      .map((name) => `${name}=${element.getAttribute(name)}`)
    return [element.tagName.toLowerCase(), ...attributes].join(' ')
  })
  return markup
}

/** What the app's own pages have, from a normal record: the elements and off-site links. */
type Baseline = { elements: Set<string>; offSite: Set<string> }

const isOffSite = (url: string) => /^https?:/.test(url) && new URL(url).origin !== APP_ORIGIN

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

function isSafeUrl(url: string) {
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol)
  } catch {
    return false
  }
}

let baseline: Baseline | undefined

/** The detail page of a demo record, the list, and a detail page reached from the list. */
async function readBaseline(browser: Browser): Promise<Baseline> {
  const context = await browser.newContext({ baseURL: SERVERS.keyed })
  const page = await context.newPage()
  const seen: Markup[] = []
  await page.goto(detailPath(SHOWCASE_ID))
  await expect(page.getByRole('heading', { level: 2, name: 'Client team' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  seen.push(await page.evaluate(readMarkup))
  await page.goto('/opportunities')
  await page.locator('a[data-row-link]').first().click()
  await expect(page.getByRole('heading', { level: 2, name: 'Client team' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  seen.push(await page.evaluate(readMarkup))
  await page.goBack()
  await expect(page.locator('a[data-row-link]').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  seen.push(await page.evaluate(readMarkup))
  await context.close()
  return {
    elements: new Set(seen.flatMap((markup) => markup.elements)),
    offSite: new Set(seen.flatMap((markup) => markup.urls.map(({ url }) => url)).filter(isOffSite)),
  }
}

test.beforeAll(async ({ browser }) => {
  baseline ??= await readBaseline(browser)
})

/**
 * The markup rules. `records` are the records on the page: an off-site link or image must be
 * an address one of them sent as an absolute http(s) URL, not something made of a value
 * that was not one (a path that only looks local, say).
 */
function expectSafeMarkup(markup: Markup, records: MockOpportunity[], where: string) {
  const known = baseline!
  const sent = webAddressesOf(records)
  expect.soft(markup.handlers, `event-handler attributes (${where})`).toEqual([])
  expect.soft(markup.styles, `style attributes that load or run something (${where})`).toEqual([])
  expect
    .soft(
      markup.urls.filter(({ url }) => !isSafeUrl(url)),
      `URLs other than http(s), mailto and tel (${where})`,
    )
    .toEqual([])
  const strayOffSite = markup.urls
    .filter(({ url }) => isOffSite(url) && !sent.has(url) && !known.offSite.has(url))
    .map(({ where: attribute, url }) => `${attribute} ${url}, made from ${sourcesOf(url, records)}`)
  expect.soft(strayOffSite, `links or images to other sites (${where})`).toEqual([])
  expect
    .soft(
      markup.elements.filter((element) => !known.elements.has(element)),
      `script, frame, object, base, meta, link, style or form elements the app has not (${where})`,
    )
    .toEqual([])
}

/** Which of the records' strings resolve to `url` here: for a failure that says where. */
function sourcesOf(url: string, records: MockOpportunity[]) {
  const sources = records.flatMap((record) =>
    payloadsOf(record)
      .filter(({ value }) => {
        try {
          return new URL(value.trim(), `${APP_ORIGIN}/opportunities/x`).href === url
        } catch {
          return false
        }
      })
      .map(({ path, value }) => `${record.id} ${path} ${JSON.stringify(value)}`),
  )
  return sources.length > 0 ? sources.join('; ') : 'no fixture string'
}

/** Each payload of `record` that should be on screen is: as text, a tooltip or a link. */
function expectPayloadsShown(markup: Markup, payloads: Payload[], where: string) {
  const text = squash(markup.text)
  const links = new Set(markup.urls.filter(({ where: w }) => w === '<a href>').map((u) => u.url))
  const missing = payloads
    .filter(({ shown, value }) => {
      if (shown === 'title') return !markup.titles.some((title) => title.includes(value))
      if (shown !== 'text') return false
      if (text.includes(squash(value))) return false
      return !(isWebAddress(value) && links.has(new URL(value.trim()).href))
    })
    .map(({ path, value }) => `${path}: ${JSON.stringify(value)}`)
  expect.soft(missing, `payloads not shown as the text they are (${where})`).toEqual([])
}

/* ------------------------------------------------------------------------------------------
 * Poking the page
 * ---------------------------------------------------------------------------------------- */

/** Runs in the page: the events an injected handler would wait for, on every element. */
function dispatchPointerAndFocusEvents() {
  const types = [
    'mouseover',
    'mouseenter',
    'mousemove',
    'pointerover',
    'pointerenter',
    'focus',
    'focusin',
    'blur',
    'focusout',
    'animationstart',
    'animationend',
    'transitionend',
    'toggle',
  ]
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    for (const type of types) element.dispatchEvent(new Event(type, { bubbles: true }))
  }
}

/** Hovers and focuses each link with the real pointer and keyboard focus, then the rest. */
async function hoverAndFocus(page: Page) {
  for (const link of await page.getByRole('main').locator('a[href]').all()) {
    await link.hover({ force: true })
    await link.focus()
  }
  await page.evaluate(dispatchPointerAndFocusEvents)
}

/** Clicks every copy button: each builds its text (a summary, a link) from the record. */
async function clickCopyButtons(page: Page) {
  await page.getByRole('button', { name: 'Copy summary' }).click()
  await page.evaluate(() => {
    for (const button of Array.from(document.querySelectorAll('button[title^="Copy"]'))) {
      ;(button as HTMLButtonElement).click()
    }
  })
}

/* ------------------------------------------------------------------------------------------
 * The detail page
 * ---------------------------------------------------------------------------------------- */

type Watch = Awaited<ReturnType<typeof watchForScript>>

/** Every image has loaded or failed, so what its src would trigger has happened. */
const imagesSettled = (page: Page) =>
  page.waitForFunction(() => Array.from(document.images).every((image) => image.complete))

/**
 * The checks on a loaded detail page. `seen` are the records whose off-site images the page
 * may have asked for so far (the list before it shows other records' avatars).
 */
async function expectDetailSafe(
  page: Page,
  record: MockOpportunity,
  watch: Watch,
  seen: MockOpportunity[] = [record],
) {
  const name = recordName(record)
  const payloads = payloadsOf(record)
  await expect(page.getByRole('heading', { level: 2, name: 'Custom attributes' })).toBeVisible()
  await imagesSettled(page)

  const markup = await page.evaluate(readMarkup)
  // The name, exactly: not escaped twice, not cut, not dropped. A web address may be a link.
  if (markup.h1 !== name) {
    expect(isWebAddress(name), `the h1 is the name as sent: ${JSON.stringify(name)}`).toBe(true)
    await expect(page.locator(`h1 a[href="${new URL(name.trim()).href}"]`)).toBeVisible()
  }
  // A title is one line of text: browsers collapse its ASCII whitespace and drop control
  // characters, so compare it the same way.
  expect(
    asTitle(markup.title).startsWith(asTitle(name)),
    `document.title ${JSON.stringify(markup.title)}`,
  ).toBe(true)
  expectPayloadsShown(markup, payloads, 'as loaded')
  expectSafeMarkup(markup, [record], 'as loaded')
  await watch.expectNothingRan('as loaded', [record])

  await hoverAndFocus(page)
  await clickCopyButtons(page)
  expectSafeMarkup(await page.evaluate(readMarkup), [record], 'after hover, focus and copy')
  await watch.expectNothingRan('after hover, focus and copy', [record])

  // A copied link to an attribute, whose id is a payload, opens and lands on it.
  const row = page.getByRole('region', { name: 'Custom attributes' }).getByRole('row').nth(1)
  await row.getByRole('button', { name: /^Copy link to / }).click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(new URL(link).origin).toBe(APP_ORIGIN)
  // A fresh load, as for a colleague who opens the link, not a jump within the page.
  await page.goto('about:blank')
  await page.goto(link)
  const rowId = await row.getAttribute('id')
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id), { message: 'focus on the row' })
    .toBe(rowId)
  await imagesSettled(page)
  expectSafeMarkup(await page.evaluate(readMarkup), [record], 'opened from a copied link')
  await watch.expectNothingRan('opened from a copied link', [record])

  expect
    .soft(
      watch.offSite.filter((url) => !webAddressesOf(seen).has(url)),
      'requests to other sites',
    )
    .toEqual([])
}

test.describe('a record whose every string is a payload', () => {
  for (const id of HOSTILE_CORPUS_IDS) {
    test(`${id}: nothing runs, nothing becomes a link, every payload shows as text`, async ({
      page,
    }) => {
      const watch = await watchForScript(page)
      await page.goto(detailPath(id))
      await expectDetailSafe(page, recordOf(id), watch)
    })
  }
})

test.describe('a record whose every string is a path that only looks local', () => {
  for (const id of ORIGIN_ESCAPE_IDS) {
    test(`${id}: links and loads nothing from another site`, async ({ page }) => {
      const watch = await watchForScript(page)
      await page.goto(detailPath(id))
      await expectDetailSafe(page, recordOf(id), watch)
    })
  }
})

/* ------------------------------------------------------------------------------------------
 * The list
 * ---------------------------------------------------------------------------------------- */

/** The records the list search "__xss" finds: it looks at name, company and contact names. */
function recordsMatching(term: string): MockOpportunity[] {
  return RECORDS.filter((record) => {
    const team = fieldValue(record, 'clientTeam')
    const members = Array.isArray(team) ? team : []
    const names = members.flatMap((member) =>
      member && typeof member === 'object' && !Array.isArray(member)
        ? [member.firstName, member.middleName, member.lastName, member.secondLastName]
        : [],
    )
    const company = fieldValue(record, 'company') as { name?: Json } | null
    return [recordName(record), company?.name, ...names].some(
      (text) => typeof text === 'string' && text.toLowerCase().includes(term),
    )
  })
}

/** The columns a list row shows, by field: their text payloads are checked row by row. */
const LIST_FIELDS = ['name', 'company', 'stage', 'owner', 'nextTaskDue']

test('the list, searched for the marker, shows every matching hostile row as text', async ({
  page,
}) => {
  test.slow()
  const matching = recordsMatching(XSS_MARKER)
  // The search must find a good share of the fixture, or this would check little.
  expect(matching.length).toBeGreaterThan(HOSTILE_CORPUS_IDS.length / 2)

  const watch = await watchForScript(page)
  // Without scroll loading, the pages load only when asked, so the button below is there.
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'IntersectionObserver')
  })
  await page.goto(`/opportunities?q=${XSS_MARKER}`)
  // The demo pages come first: the hostile records are only found once all are loaded.
  await page.getByRole('button', { name: 'Load all and search again' }).click()
  const rowLinks = page.locator('a[data-row-link]')
  await expect(rowLinks).toHaveCount(matching.length, { timeout: 20_000 })
  await page.waitForLoadState('networkidle')

  const rows = await rowLinks.evaluateAll((links) =>
    links.map((link) => {
      const row = link.closest('tr')
      return {
        href: link.getAttribute('href') ?? '',
        name: link.textContent,
        text: row?.textContent ?? '',
        links: Array.from(
          row?.querySelectorAll('a[href]') ?? [],
          (a) => (a as HTMLAnchorElement).href,
        ),
      }
    }),
  )
  expect(rows.map(({ href }) => href).sort()).toEqual(
    matching.map(({ id }) => detailPath(id)).sort(),
  )
  for (const row of rows) {
    const record = recordOf(decodeURIComponent(row.href.split('/').at(-1)!))
    expect.soft(row.name, `${record.id}: the row's link is the name`).toBe(recordName(record))
    const missing = payloadsOf(record)
      .filter(({ path, shown }) => shown === 'text' && LIST_FIELDS.includes(path.split('.')[0]!))
      .filter(
        ({ value }) =>
          !squash(row.text).includes(squash(value)) &&
          !(isWebAddress(value) && row.links.includes(new URL(value.trim()).href)),
      )
      .map(({ path, value }) => `${path}: ${JSON.stringify(value)}`)
    expect.soft(missing, `${record.id}: payloads missing from its row`).toEqual([])
  }

  const markup = await page.evaluate(readMarkup)
  expectSafeMarkup(markup, matching, 'the list')
  await watch.expectNothingRan('the list', matching)
  await hoverAndFocus(page)
  expectSafeMarkup(await page.evaluate(readMarkup), matching, 'the list after hover and focus')
  await watch.expectNothingRan('the list after hover and focus', matching)

  // From the list, the detail page also shows the neighbours in the list.
  const first = recordOf(decodeURIComponent(rows[0]!.href.split('/').at(-1)!))
  await rowLinks.first().click()
  await expect(page).toHaveURL(detailPath(first.id))
  await expectDetailSafe(page, first, watch, matching)
})

test('a hostile search in a shared link stays the text of the search box', async ({ page }) => {
  const watch = await watchForScript(page)
  for (const q of HOSTILE_TEXT) {
    await test.step(JSON.stringify(q), async () => {
      await page.goto(`/opportunities?q=${encodeURIComponent(q)}`)
      await expect(page.getByRole('searchbox')).toHaveValue(q.trim())
      const markup = await page.evaluate(readMarkup)
      expectSafeMarkup(markup, [], `search ${JSON.stringify(q)}`)
      await watch.expectNothingRan(`search ${JSON.stringify(q)}`)
    })
  }
})
