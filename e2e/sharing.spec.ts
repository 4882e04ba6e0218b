import { createDemoOpportunities } from '../mock-spott/data.ts'
import {
  MINIMAL_ID,
  NETWORK_FAILURE_MESSAGE,
  SHOWCASE_ID,
  countRequests,
  demoOpportunityName,
  detailApiPath,
  detailPath,
  expect,
  goOffline,
  expectNoBrokenText,
  holdRequests,
  normalizeSpaces,
  openOpportunity,
  test,
  watchConsole,
  type Locator,
  type Page,
} from './fixtures.ts'

/**
 * Passing a deal on: Copy link and Copy summary, links to one contact or attribute
 * (`#contact-…`, `#attribute-…`) that land on it, and the "Data as of" stamp with Refresh.
 * Expected texts are worked out here from the demo data the mock serves.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/* ------------------------------------------------------------------------------------------
 * The demo records, read from the data the mock serves
 * ---------------------------------------------------------------------------------------- */

type Contact = {
  id: string
  firstName: string | null
  middleName: string | null
  lastName: string | null
  secondLastName: string | null
}
type Attribute = { attributeDefinitionId: string; label: string | null }
type DemoRecord = {
  stage: { stage: { name: string } }
  company: { company: { name: string } }
  owner: { owner: { name: string } | null } | null
  closeDate: { closeDate: { target: string } | null }
  clientTeam: { clientTeam: Contact[] }
  nextTaskDue: { nextTaskDue: { content: string; dueDate: string } | null } | null
  customAttributes: Attribute[]
}

const demoRecord = (id: string) => {
  const record = createDemoOpportunities().find((item) => item.id === id)
  if (!record) throw new Error(`The demo data has no ${id}`)
  return record as unknown as DemoRecord
}

const SHOWCASE = demoRecord(SHOWCASE_ID)
const CONTACTS = SHOWCASE.clientTeam.clientTeam
const ATTRIBUTES = SHOWCASE.customAttributes

/** The name a contact card shows: Spott's parts in Spanish order, as the card joins them. */
const contactName = (contact: Contact) =>
  [contact.firstName, contact.middleName, contact.lastName, contact.secondLastName]
    .filter((part): part is string => Boolean(part?.trim()))
    .join(' ')
const attributeLabel = (attribute: Attribute) => attribute.label?.trim() || 'this attribute'

const contactWhere = (first: string) => {
  const contact = CONTACTS.find((item) => item.firstName === first)
  if (!contact) throw new Error(`The showcase has no contact named ${first}`)
  return contact
}
const attributeWhere = (label: string) => {
  const attribute = ATTRIBUTES.find((item) => item.label === label)
  if (!attribute) throw new Error(`The showcase has no attribute ${label}`)
  return attribute
}

/* ------------------------------------------------------------------------------------------
 * Clipboard and page helpers
 * ---------------------------------------------------------------------------------------- */

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText())
/** Something else on the clipboard first, so a check sees the copy and not a leftover. */
const resetClipboard = (page: Page) =>
  page.evaluate(() => navigator.clipboard.writeText('not copied yet'))

/** The copy button's own status region, right beside it, where "Copied" appears. */
const confirmationOf = (button: Locator) => button.locator('xpath=..').getByRole('status')

const originOf = (page: Page) => new URL(page.url()).origin
const canonical = (page: Page, id: string) => `${originOf(page)}${detailPath(id)}`

const LEAKED_VALUE = /\b(undefined|null|NaN)\b|\[object Object\]|Invalid Date/

async function copyWith(page: Page, button: Locator): Promise<string> {
  await resetClipboard(page)
  await expect(confirmationOf(button)).toHaveText('')
  await button.click()
  await expect(confirmationOf(button)).toHaveText('Copied')
  await expect(confirmationOf(button).getByText('Copied', { exact: true })).toBeVisible()
  return readClipboard(page)
}

/* ------------------------------------------------------------------------------------------
 * Copy link and Copy summary
 * ---------------------------------------------------------------------------------------- */

test.describe('Copy link', () => {
  test('copies the canonical link, without the fragment or query it was opened with', async ({
    page,
  }) => {
    const james = contactWhere('James')
    await page.goto(`${detailPath(SHOWCASE_ID)}?utm_source=chat#contact-${james.id}`)
    await expect(
      page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
    ).toBeVisible()

    const button = page.getByRole('button', { name: 'Copy link', exact: true })
    expect(await copyWith(page, button)).toBe(canonical(page, SHOWCASE_ID))
    // Only this button confirms, and only for a moment.
    await expect(page.getByText('Copied', { exact: true })).toHaveCount(1)
    await expect(confirmationOf(button)).toHaveText('')
    // Copying does not touch the address bar.
    expect(page.url()).toContain(`#contact-${james.id}`)
  })

  test('copies the canonical link when the deal was opened from a filtered list', async ({
    page,
  }) => {
    await page.goto('/opportunities?q=northwind&sort=name')
    const row = page
      .getByRole('main')
      .getByRole('rowheader')
      .getByRole('link', { name: demoOpportunityName(SHOWCASE_ID), exact: true })
    await row.click()
    await expect(
      page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
    ).toBeVisible()
    // The list travels in history state: previous/next are there, the URL stays clean.
    await expect(page.getByRole('navigation', { name: 'Opportunities in this list' })).toBeVisible()
    expect(await page.evaluate(() => JSON.stringify(history.state))).toContain('northwind')

    const button = page.getByRole('button', { name: 'Copy link', exact: true })
    const copied = await copyWith(page, button)
    expect(copied).toBe(canonical(page, SHOWCASE_ID))
    expect(copied).not.toMatch(/[?#]/)
  })
})

test.describe('Copy summary', () => {
  const medium = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })
  const day = (iso: string) => medium.format(new Date(iso))
  /** Whole days from today (UTC) to a midnight-UTC day: negative in the past. */
  const daysFromToday = (iso: string) => {
    const now = new Date()
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
    return Math.round((Date.parse(iso) - today) / 86_400_000)
  }

  test('the showcase: name, the facts a colleague needs, and the link', async ({ page }) => {
    await openOpportunity(page, SHOWCASE_ID)
    const close = SHOWCASE.closeDate.closeDate!.target
    const task = SHOWCASE.nextTaskDue!.nextTaskDue!
    // The demo keeps both in the past, whenever it runs.
    expect(daysFromToday(close)).toBeLessThan(0)
    expect(daysFromToday(task.dueDate)).toBeLessThan(0)

    const summary = await copyWith(
      page,
      page.getByRole('button', { name: 'Copy summary', exact: true }),
    )
    expect(summary).not.toMatch(LEAKED_VALUE)
    expect(summary.split('\n').map(normalizeSpaces)).toEqual([
      demoOpportunityName(SHOWCASE_ID),
      `Stage: ${SHOWCASE.stage.stage.name}`,
      `Company: ${SHOWCASE.company.company.name}`,
      `Owner: ${SHOWCASE.owner!.owner!.name}`,
      `Close date: ${day(close)} (overdue)`,
      `Next task: ${task.content}, due ${day(task.dueDate)} (overdue)`,
      canonical(page, SHOWCASE_ID),
    ])
  })

  test('a deal with every optional field empty still reads as sentences', async ({ page }) => {
    const minimal = demoRecord(MINIMAL_ID)
    // The record this is about: no owner, close date, task, team or attributes.
    expect(minimal.owner).toBeNull()
    expect(minimal.closeDate.closeDate).toBeNull()
    expect(minimal.nextTaskDue).toBeNull()

    await openOpportunity(page, MINIMAL_ID)
    const summary = await copyWith(
      page,
      page.getByRole('button', { name: 'Copy summary', exact: true }),
    )
    expect(summary).not.toMatch(LEAKED_VALUE)
    expect(summary.split('\n')).toEqual([
      demoOpportunityName(MINIMAL_ID),
      `Stage: ${minimal.stage.stage.name}`,
      `Company: ${minimal.company.company.name}`,
      'Owner: nobody',
      'Close date: not set',
      'Next task: none',
      canonical(page, MINIMAL_ID),
    ])
    await expectNoBrokenText(page)
  })
})

/* ------------------------------------------------------------------------------------------
 * Links to one part of the page
 * ---------------------------------------------------------------------------------------- */

declare global {
  interface Window {
    /** `<id>:on` / `<id>:off` each time an element gains or loses `data-flash`. */
    __flashes?: string[]
  }
}

/** Records every change of `data-flash` from the first byte on: the mark is brief. */
function recordFlashes() {
  window.__flashes = []
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const element = mutation.target as Element
      window.__flashes?.push(`${element.id}:${element.hasAttribute('data-flash') ? 'on' : 'off'}`)
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-flash'] })
}

const flashes = (page: Page) => page.evaluate(() => window.__flashes ?? [])

/**
 * Where `target` sits: the page scrolled down, and the target at the top of the viewport
 * (with its scroll margin), or as high as it gets once the page is scrolled to the end.
 */
const placement = (target: Locator) =>
  target.evaluate((element) => {
    const { top } = element.getBoundingClientRect()
    const root = document.scrollingElement ?? document.documentElement
    const atEnd = Math.ceil(root.scrollTop + root.clientHeight) >= root.scrollHeight - 1
    const landed = root.scrollTop > 0 && top >= 0 && top < innerHeight && (top <= 40 || atEnd)
    return landed ? 'landed' : `top ${Math.round(top)}, scrolled ${Math.round(root.scrollTop)}`
  })

/** Opening a link to `#fragment` lands on that element: in view, focused, briefly marked. */
async function expectLandedOn(page: Page, fragment: string) {
  const target = page.locator(`[id="${fragment}"]`)
  await expect(target).toHaveCount(1)
  await expect(target).toBeFocused()
  await expect.poll(() => placement(target)).toBe('landed')
  await expect(target).toBeInViewport()
  // Marked once, then unmarked: no other element flashed, and the mark is gone.
  await expect.poll(() => flashes(page)).toEqual([`${fragment}:on`, `${fragment}:off`])
  await expect(page.locator('[data-flash]')).toHaveCount(0)
}

test.describe('fragment links', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(recordFlashes)
  })

  const TARGETS = [
    { what: 'a contact card', fragment: `contact-${contactWhere('James').id}` },
    {
      what: 'an attribute row',
      fragment: `attribute-${attributeWhere('Client rating').attributeDefinitionId}`,
    },
    { what: 'the client team', fragment: 'client-team' },
    { what: 'the next task', fragment: 'next-task' },
  ]

  for (const { what, fragment } of TARGETS) {
    test(`#${fragment} lands on ${what} once the deal has loaded`, async ({ page }) => {
      // Somewhere the page must scroll to reach, so landing there proves something.
      await page.setViewportSize({ width: 1280, height: 400 })
      await page.goto(`${detailPath(SHOWCASE_ID)}#${fragment}`)
      await expect(
        page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
      ).toBeVisible()
      await expectLandedOn(page, fragment)
    })
  }

  test('a fragment naming nothing on the page is ignored', async ({ page }) => {
    await page.goto(`${detailPath(SHOWCASE_ID)}#contact-nobody`)
    const heading = page.getByRole('heading', {
      level: 1,
      name: demoOpportunityName(SHOWCASE_ID),
    })
    await expect(heading).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Client team' })).toBeVisible()
    expect(await flashes(page)).toEqual([])
    expect(await page.evaluate(() => scrollY)).toBe(0)
  })

  test('every contact card and attribute row copies a link to itself', async ({ page }) => {
    // Opened with another fragment: each copied link names its own, and only its own.
    await page.goto(`${detailPath(SHOWCASE_ID)}?from=chat#client-team`)
    await expect(
      page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
    ).toBeVisible()
    const base = canonical(page, SHOWCASE_ID)

    const targets = [
      ...CONTACTS.map((contact) => ({
        fragment: `contact-${contact.id}`,
        name: `Copy link to ${contactName(contact)}`,
      })),
      ...ATTRIBUTES.map((attribute) => ({
        fragment: `attribute-${attribute.attributeDefinitionId}`,
        name: `Copy link to ${attributeLabel(attribute)}`,
      })),
    ]
    // One button per card and row, and no others.
    await expect(page.getByRole('button', { name: /^Copy link to / })).toHaveCount(targets.length)

    for (const { fragment, name } of targets) {
      await test.step(name, async () => {
        const button = page.locator(`[id="${fragment}"]`).getByRole('button', { name, exact: true })
        expect(await copyWith(page, button)).toBe(`${base}#${fragment}`)
      })
    }
  })

  test('a copied link to a contact or an attribute opens on it in a new tab', async ({
    page,
    context,
  }) => {
    await openOpportunity(page, SHOWCASE_ID)
    const contact = contactWhere('Aisha')
    const attribute = attributeWhere('Must-have skills')
    const links = [
      {
        fragment: `contact-${contact.id}`,
        button: page.getByRole('button', {
          name: `Copy link to ${contactName(contact)}`,
          exact: true,
        }),
      },
      {
        fragment: `attribute-${attribute.attributeDefinitionId}`,
        button: page.getByRole('button', {
          name: `Copy link to ${attributeLabel(attribute)}`,
          exact: true,
        }),
      },
    ]

    for (const { fragment, button } of links) {
      await test.step(fragment, async () => {
        const url = await copyWith(page, button)
        expect(url).toBe(`${canonical(page, SHOWCASE_ID)}#${fragment}`)

        const tab = await context.newPage()
        const guard = watchConsole(tab)
        await tab.setViewportSize({ width: 1280, height: 400 })
        await tab.goto(url)
        await expect(
          tab.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
        ).toBeVisible()
        await expectLandedOn(tab, fragment)
        guard.stop()
        expect(guard.problems()).toEqual([])
        await tab.close()
      })
    }
  })
})

/* ------------------------------------------------------------------------------------------
 * Freshness and Refresh
 * ---------------------------------------------------------------------------------------- */

const clock = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'Europe/London' })
const stamp = (page: Page) => page.getByText('Data as of').locator('time')
const refreshButton = (page: Page) => page.getByRole('button', { name: 'Refresh', exact: true })
const refreshStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Could not refresh' })

/** The page as it was: name, facts and sections, and no error page in their place. */
async function expectDealShown(page: Page) {
  await expect(
    page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
  ).toBeVisible()
  for (const title of ['Description', 'Client team', 'Next task', 'Custom attributes']) {
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('alert')).toHaveCount(0)
}

test.describe('freshness', () => {
  test('says when the data was fetched, and Refresh fetches it once more', async ({ page }) => {
    const before = Date.now()
    await openOpportunity(page, SHOWCASE_ID)
    const after = Date.now()

    // The stamp is the fetch's time, shown as a clock time in the viewer's zone.
    const fetchedAt = Date.parse((await stamp(page).getAttribute('datetime')) ?? '')
    expect(fetchedAt).toBeGreaterThanOrEqual(before - 1000)
    expect(fetchedAt).toBeLessThanOrEqual(after + 1000)
    expect(normalizeSpaces(await stamp(page).innerText())).toBe(
      normalizeSpaces(clock.format(fetchedAt)),
    )
    await expect(page.getByText('Data as of')).toHaveText(/^Data as of \d{1,2}:\d{2}\s?[AP]M$/)

    const requests = countRequests(page, detailApiPath(SHOWCASE_ID))
    const hold = await holdRequests(page, detailApiPath(SHOWCASE_ID))
    await refreshButton(page).click()
    await hold.arrived
    // While it fetches, the button says so and cannot be pressed twice.
    const busy = page.getByRole('button', { name: 'Refreshing', exact: true })
    await expect(busy).toBeDisabled()
    await expect(busy).toHaveText('Refreshing…')
    const answered = page.waitForResponse(
      (response) => response.url().endsWith(detailApiPath(SHOWCASE_ID)) && response.ok(),
    )
    hold.release()
    await answered
    await expect(refreshButton(page)).toBeEnabled()
    await expect
      .poll(async () => Date.parse((await stamp(page).getAttribute('datetime')) ?? ''))
      .toBeGreaterThan(fetchedAt)
    await page.waitForLoadState('networkidle')
    expect(requests.count).toBe(1)
    await expectDealShown(page)
  })

  test('a refresh that cannot reach the server keeps the page and says so', async ({
    page,
    consoleErrors,
  }) => {
    const apiPath = detailApiPath(SHOWCASE_ID)
    consoleErrors.allow(NETWORK_FAILURE_MESSAGE, { path: apiPath })
    await openOpportunity(page, SHOWCASE_ID)
    const shownStamp = await stamp(page).innerText()
    const shownAt = await stamp(page).getAttribute('datetime')
    await expect(refreshStatus(page)).toHaveCount(0)

    await page.route(`**${apiPath}`, (route) => route.abort('failed'))
    await refreshButton(page).click()

    await expect(refreshStatus(page)).toBeVisible()
    await expect(refreshStatus(page)).toHaveText(
      /^Could not refresh: .+ Showing the data from .+\.$/,
    )
    expect(normalizeSpaces(await refreshStatus(page).innerText())).toContain(
      `Showing the data from ${normalizeSpaces(shownStamp)}.`,
    )
    await expectDealShown(page)
    // Still the data from before, and still refreshable.
    await expect(stamp(page)).toHaveAttribute('datetime', shownAt ?? '')
    await expect(refreshButton(page)).toBeEnabled()
    await expectNoBrokenText(page)

    // Once the server is reachable again, a refresh clears the notice.
    await page.unroute(`**${apiPath}`)
    await refreshButton(page).click()
    await expect(refreshStatus(page)).toHaveCount(0)
    await expect(stamp(page)).not.toHaveAttribute('datetime', shownAt ?? '')
    await expectDealShown(page)
  })

  test('coming back online fetches the deal again, once', async ({ page, context }) => {
    await openOpportunity(page, SHOWCASE_ID)
    await page.waitForLoadState('networkidle')
    const requests = countRequests(page, detailApiPath(SHOWCASE_ID))

    await goOffline(page)
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false)
    expect(requests.count).toBe(0)

    const refetched = page.waitForResponse(
      (response) => response.url().endsWith(detailApiPath(SHOWCASE_ID)) && response.ok(),
    )
    await context.setOffline(false)
    await refetched
    await page.waitForLoadState('networkidle')
    expect(requests.count).toBe(1)
    await expectDealShown(page)
  })
})
