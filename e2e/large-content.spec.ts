import { createDemoOpportunities } from '../mock-spott/data.ts'
import { createStressOpportunities } from '../mock-spott/stress-data.ts'
import {
  LARGE_ACCOUNT_ID,
  LONG_CONTENT_ID,
  SERVERS,
  VIEWPORTS,
  expect,
  expectNoBrokenText,
  expectNoElementOverflow,
  expectNoHorizontalOverflow,
  openOpportunity,
  test,
  type Page,
} from './fixtures.ts'

type Expected = { contacts: string[]; attributes: string[] }

/** Contact names (first, middle, last, second last) and attribute labels, as the mock sends them. */
function expectedContent(id: string): Expected {
  const record = [...createDemoOpportunities(), ...createStressOpportunities()].find(
    (item) => item.id === id,
  )
  const list = (value: unknown): Record<string, unknown>[] =>
    Array.isArray(value)
      ? value.filter((item): item is Record<string, unknown> => typeof item === 'object')
      : []
  const team = record?.clientTeam
  const members =
    team && typeof team === 'object' && !Array.isArray(team) ? list(team.clientTeam) : []
  const contacts = members.map((member) =>
    [member.firstName, member.middleName, member.lastName, member.secondLastName]
      .filter((part): part is string => typeof part === 'string' && part !== '')
      .join(' '),
  )
  const attributes = list(record?.customAttributes).map((item) => String(item.label))
  return { contacts, attributes }
}

/** Every card and every attribute row is there, in order, and nothing spills sideways. */
async function expectAllContentFits(page: Page, expected: Expected) {
  const cards = page.getByRole('region', { name: 'Client team' }).getByRole('article')
  await expect(cards).toHaveCount(expected.contacts.length)
  expect(
    await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label'))),
  ).toEqual(expected.contacts)

  const rowHeaders = page.getByRole('region', { name: 'Custom attributes' }).getByRole('rowheader')
  await expect(rowHeaders).toHaveCount(expected.attributes.length)
  expect((await rowHeaders.allTextContents()).map((text) => text.trim())).toEqual(
    expected.attributes,
  )

  for (const { width, height } of VIEWPORTS) {
    await test.step(`${width}px`, async () => {
      await page.setViewportSize({ width, height })
      await expectNoHorizontalOverflow(page)
      // Long job titles and emails wrap inside their card instead of widening it.
      await expectNoElementOverflow(cards, 'contact cards')
      await expectNoElementOverflow(
        page.getByRole('region', { name: 'Custom attributes' }).getByRole('table'),
        'the attributes table',
      )
      await expectNoElementOverflow(page.getByRole('heading', { level: 1 }), 'the title')
    })
  }
}

test.describe('large content', () => {
  test('an account with 10 contacts and 100 attributes shows them all and fits', async ({
    page,
  }) => {
    const expected = expectedContent(LARGE_ACCOUNT_ID)
    expect(expected.contacts).toHaveLength(10)
    expect(expected.attributes).toHaveLength(100)
    await openOpportunity(page, LARGE_ACCOUNT_ID, SERVERS.keyed)
    await expectAllContentFits(page, expected)

    // The long title really is there, wrapped onto more than one line on a phone.
    await page.setViewportSize(VIEWPORTS[0])
    const title = page
      .getByText('Head of Talent Acquisition, Europe, Middle East and Africa')
      .first()
    const lineHeight = await title.evaluate((node) => parseFloat(getComputedStyle(node).lineHeight))
    expect((await title.boundingBox())?.height ?? 0).toBeGreaterThan(lineHeight * 1.5)
    await expectNoBrokenText(page)
  })

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' })

    test('the long-content record fits at both widths', async ({ page }) => {
      await openOpportunity(page, LONG_CONTENT_ID)
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
      ).toBe('dark')

      await expectAllContentFits(page, expectedContent(LONG_CONTENT_ID))
      await expectNoBrokenText(page)
    })
  })
})
