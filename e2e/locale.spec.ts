import { dayOffset } from '../mock-spott/builders.ts'
import { createStressOpportunities } from '../mock-spott/stress-data.ts'
import {
  LARGE_ACCOUNT_ID,
  SERVERS,
  SHOWCASE_ID,
  expect,
  fact,
  normalizeSpaces,
  openOpportunity,
  test,
  type Locator,
  type Page,
} from './fixtures.ts'

// The app formats with the browser's locale and time zone (Intl with `undefined`). Expected
// strings come from Node's Intl with the same locale; both sides are whitespace-normalised,
// since Chromium and Node ship different ICU versions (narrow no-break spaces and the like).

/**
 * Each locale in a time zone on either side of UTC, and at one of the extremes (UTC+14,
 * UTC−11), where a calendar day formatted in local time would show the next or previous day.
 */
const TIME_ZONES_BY_LOCALE = {
  'en-US': ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Pago_Pago'],
  'en-GB': ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'],
  'de-DE': ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Pago_Pago'],
  'es-ES': ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'],
} as const

const DAY_MS = 86_400_000
/** Calendar-day values arrive as midnight UTC (mock-spott/builders.ts dayOffset). */
const MIDNIGHT_UTC = /^\d{4}-\d{2}-\d{2}T00:00:00(\.0+)?Z$/

const utcDay = (locale: string, iso: string, dateStyle: 'medium' | 'full' = 'medium') =>
  new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(new Date(iso))

/** Days since the epoch of `instant`'s calendar day in `timeZone`. */
function dayNumberIn(timeZone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant)
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value)
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS
}

/** A locator's text with its spaces normalised, once the page has rendered it. */
async function textOf(locator: Locator): Promise<string> {
  await expect(locator).toBeVisible()
  return normalizeSpaces((await locator.textContent()) ?? '')
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const attributeRow = (page: Page, label: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })

/** The bracket of "now" around a page load, so a day boundary mid-test cannot flake a check. */
async function openAndBracket(page: Page, id: string) {
  const before = new Date()
  await openOpportunity(page, id)
  return [before, new Date()] as const
}

for (const [locale, timeZones] of Object.entries(TIME_ZONES_BY_LOCALE)) {
  test.describe(`locale ${locale}`, () => {
    test.use({ locale })

    for (const timeZone of timeZones) {
      test.describe(`time zone ${timeZone}`, () => {
        test.use({ timezoneId: timeZone })

        test('dates, relative hints and money follow the locale; days do not shift', async ({
          page,
        }) => {
          const now = await openAndBracket(page, SHOWCASE_ID)
          const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })

          await test.step('the close date is its UTC calendar day', async () => {
            const time = fact(page, 'Close date').getByRole('time')
            const iso = (await time.getAttribute('datetime')) ?? ''
            expect(now.map((instant) => dayOffset(instant, -4))).toContain(iso)
            expect(await textOf(time)).toBe(normalizeSpaces(utcDay(locale, iso)))
            expect(normalizeSpaces((await time.getAttribute('title')) ?? '')).toBe(
              normalizeSpaces(utcDay(locale, iso, 'full')),
            )
          })

          await test.step('every calendar day on the page is shown as that day', async () => {
            const times = await page.getByRole('main').getByRole('time').all()
            let days = 0
            for (const time of times) {
              const iso = (await time.getAttribute('datetime')) ?? ''
              if (!MIDNIGHT_UTC.test(iso)) continue
              days += 1
              expect(await textOf(time), iso).toBe(normalizeSpaces(utcDay(locale, iso)))
            }
            // Close date, next task due date, target start date.
            expect(days).toBeGreaterThanOrEqual(3)
          })

          await test.step('the creation instant is local time, with a relative hint', async () => {
            const created = fact(page, 'Created')
            const iso = (await created.getByRole('time').getAttribute('datetime')) ?? ''
            const local = new Intl.DateTimeFormat(locale, {
              dateStyle: 'medium',
              timeStyle: 'short',
              timeZone,
            }).format(new Date(iso))
            // Created 62 days (less 95 minutes) ago: two months in any time zone.
            expect(await textOf(created)).toBe(
              normalizeSpaces(`${local} · ${relative.format(-2, 'month')}`),
            )
          })

          await test.step('the next task says when it was due in the locale’s words', async () => {
            const due = page.getByRole('region', { name: 'Next task' }).getByRole('time')
            const iso = (await due.getAttribute('datetime')) ?? ''
            const dueDay = Date.parse(iso) / DAY_MS
            // Days from the viewer's today in this time zone: "yesterday" in Los Angeles can
            // be "3 days ago" in Kiritimati for the same record.
            const expected = now.map((instant) =>
              normalizeSpaces(
                `${utcDay(locale, iso)} · ${relative.format(dueDay - dayNumberIn(timeZone, instant), 'day')}`,
              ),
            )
            expect(expected).toContain(await textOf(due.locator('..')))
          })

          await test.step('a future custom date reads as the future', async () => {
            const cell = attributeRow(page, 'Target start date').getByRole('cell')
            const iso = (await cell.getByRole('time').getAttribute('datetime')) ?? ''
            // 75 days ahead: rounds to two months from any time zone.
            expect(await textOf(cell)).toBe(
              normalizeSpaces(`${utcDay(locale, iso)} · ${relative.format(2, 'month')}`),
            )
          })

          await test.step('the salary budget is the full amount in the locale', async () => {
            const money = new Intl.NumberFormat(locale, {
              style: 'currency',
              currency: 'GBP',
              maximumFractionDigits: 2,
            }).format(1_250_000)
            expect(await textOf(attributeRow(page, 'Budgeted base salary').getByRole('cell'))).toBe(
              normalizeSpaces(money),
            )
            expect(await textOf(attributeRow(page, 'Headcount').getByRole('cell'))).toBe(
              new Intl.NumberFormat(locale).format(1),
            )
          })
        })
      })
    }

    test('numbers and amounts are grouped the locale’s way', async ({ page }) => {
      await openOpportunity(page, LARGE_ACCOUNT_ID, SERVERS.keyed)
      const [record] = createStressOpportunities()
      const attributes = Array.isArray(record?.customAttributes) ? record.customAttributes : []
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 })
      // One read for all hundred rows: label → the value cell's text.
      const cells = new Map(
        await page
          .getByRole('region', { name: 'Custom attributes' })
          .getByRole('row')
          .evaluateAll((rows) =>
            rows.map((row) => [
              row.querySelector('th')?.textContent ?? '',
              row.querySelector('td')?.textContent ?? '',
            ]),
          ),
      )
      let checked = 0
      for (const attribute of attributes) {
        if (!isRecord(attribute)) continue
        const { label, value, isFilledByAI, aiFillOngoing } = attribute
        // Rows with an AI badge carry more text than the value; the plain ones suffice.
        if (typeof label !== 'string' || isFilledByAI || aiFillOngoing || !isRecord(value)) continue
        let expected: string | undefined
        if (value.viewType === 'customNumber' && typeof value.number === 'number') {
          expected = number.format(value.number)
        } else if (
          value.viewType === 'customCurrency' &&
          typeof value.amount === 'number' &&
          typeof value.currency === 'string'
        ) {
          expected = new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: value.currency,
            maximumFractionDigits: 2,
          }).format(value.amount)
        }
        if (expected === undefined) continue
        checked += 1
        expect.soft(normalizeSpaces(cells.get(label) ?? ''), label).toBe(normalizeSpaces(expected))
      }
      // Numbers from 0 to six figures with decimals, amounts in EUR, USD and JPY.
      expect(checked).toBeGreaterThanOrEqual(10)
    })
  })
}
