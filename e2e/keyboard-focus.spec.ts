import {
  SHOWCASE_ID,
  expect,
  focusIndicator,
  focusStyle,
  openOpportunity,
  readFocus,
  test,
  type FocusStyle,
  type Locator,
  type Page,
} from './fixtures.ts'
import { createDemoOpportunities } from '../mock-spott/data.ts'

/** The showcase's custom attributes, in order, as their rows name them. */
const ATTRIBUTE_LABELS = (
  (createDemoOpportunities().find((record) => record.id === SHOWCASE_ID)?.customAttributes ??
    []) as { label?: string | null }[]
).map((attribute) => attribute.label?.trim() || 'this attribute')

/** Every stop Tab should make on the showcase page, in reading order, named as a person hears it. */
function expectedTabStops(page: Page): { name: string; locator: Locator }[] {
  const team = page.getByRole('region', { name: 'Client team' })
  const contact = (name: string) => team.getByRole('article', { name })
  /** An email or phone link, then its copy button. */
  const method = (card: Locator, kind: 'email' | 'phone', value: string) => [
    { name: `link ${value}`, locator: card.getByRole('link', { name: value, exact: true }) },
    {
      name: `button Copy ${kind} ${value}`,
      locator: card.getByRole('button', { name: `Copy ${kind} ${value}`, exact: true }),
    },
  ]
  /** A contact card: its "copy link to this" comes first, after the name. */
  const cardLink = (card: Locator, name: string) => ({
    name: `button Copy link to ${name}`,
    locator: card.getByRole('button', { name: `Copy link to ${name}`, exact: true }),
  })
  const attributeRow = (label: string) =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
  const maria = contact('María José García López')
  const james = contact('James Whitfield')
  const aisha = contact('Aisha Rahman')
  return [
    { name: 'link Skip to content', locator: page.getByRole('link', { name: 'Skip to content' }) },
    {
      name: 'link Spott opportunities (home)',
      locator: page.getByRole('banner').getByRole('link', { name: 'Spott opportunities' }),
    },
    { name: 'combobox Theme', locator: page.getByRole('combobox', { name: 'Theme' }) },
    {
      name: 'breadcrumb link Opportunities',
      locator: page
        .getByRole('navigation', { name: 'Breadcrumb' })
        .getByRole('link', { name: 'Opportunities', exact: true }),
    },
    {
      name: 'button Copy link',
      locator: page.getByRole('button', { name: 'Copy link', exact: true }),
    },
    {
      name: 'button Copy summary',
      locator: page.getByRole('button', { name: 'Copy summary', exact: true }),
    },
    { name: 'button Refresh', locator: page.getByRole('button', { name: 'Refresh', exact: true }) },
    // Primary first on each card, then the others in Spott's order.
    cardLink(maria, 'María José García López'),
    ...method(maria, 'email', 'maria.garcia@northwind.example'),
    ...method(maria, 'email', 'mjgarcia.lopez@example.com'),
    ...method(maria, 'phone', '+44 20 7946 0321'),
    ...method(maria, 'phone', '+34 612 345 678'),
    cardLink(james, 'James Whitfield'),
    ...method(james, 'email', 'james.whitfield@northwind.example'),
    ...method(james, 'phone', '+44 7700 900123'),
    cardLink(aisha, 'Aisha Rahman'),
    ...method(aisha, 'email', 'aisha.rahman@northwind.example'),
    ...method(aisha, 'email', 'recruiting@northwind.example'),
    // Each attribute row: any link in its value, then its "copy link to this".
    ...ATTRIBUTE_LABELS.flatMap((label) => [
      ...(label === 'Job posting'
        ? [
            {
              name: 'link Job posting',
              locator: attributeRow(label).getByRole('link', {
                name: /careers\.northwind\.example/,
              }),
            },
          ]
        : []),
      {
        name: `button Copy link to ${label}`,
        locator: attributeRow(label).getByRole('button', { name: `Copy link to ${label}` }),
      },
    ]),
  ]
}

const LEFT_THE_PAGE = '(focus left the page)'

test.describe('keyboard focus', () => {
  test('Tab visits every control in reading order, each with a visible focus indicator', async ({
    page,
  }) => {
    await openOpportunity(page, SHOWCASE_ID)
    const stops = expectedTabStops(page)

    // Tag each expected stop so the walk can name what it lands on, and note how each looks
    // before it has focus: a focus ring must add something, not be a border that was there.
    const unfocused: FocusStyle[] = []
    for (const [index, stop] of stops.entries()) {
      await expect(stop.locator, stop.name).toHaveCount(1)
      unfocused.push(await focusStyle(stop.locator, { tag: String(index) }))
    }

    const visited: string[] = []
    const problems: string[] = []
    for (let press = 0; press <= stops.length; press += 1) {
      await page.keyboard.press('Tab')
      const focus = await readFocus(page)
      if (!focus) {
        visited.push(LEFT_THE_PAGE)
        break
      }
      const index = focus.stop === null ? -1 : Number(focus.stop)
      const name = stops[index]?.name ?? `unexpected ${focus.description}`
      visited.push(name)
      const indicator = focusIndicator(
        focus.style,
        unfocused[index] ?? { outline: 'none', boxShadow: 'none' },
      )
      if (!indicator) problems.push(`${name}: no visible focus indicator (${focus.style.outline})`)
      if (!focus.rendered) problems.push(`${name}: focused while visually hidden`)
      if (!focus.inViewport) problems.push(`${name}: focused outside the viewport`)
    }

    expect
      .soft(visited, 'the order Tab visits the page in')
      .toEqual([...stops.map((stop) => stop.name), LEFT_THE_PAGE])
    expect(problems).toEqual([])
  })

  test('Shift+Tab walks the same stops backwards', async ({ page }) => {
    await openOpportunity(page, SHOWCASE_ID)
    const stops = expectedTabStops(page)
    const [last, ...before] = stops.reverse()
    if (!last) throw new Error('no tab stops')
    await last.locator.focus()
    for (const stop of before) {
      await page.keyboard.press('Shift+Tab')
      await expect(stop.locator, stop.name).toBeFocused()
    }
  })
})
