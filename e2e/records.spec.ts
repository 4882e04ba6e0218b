import {
  INTERNATIONAL_ID,
  LONG_CONTENT_ID,
  MINIMAL_ID,
  SHOWCASE_ID,
  demoOpportunityName,
  expect,
  expectDetailLandmarks,
  fact,
  expectNoBrokenText,
  expectNoHorizontalOverflow,
  openOpportunity,
  test,
} from './fixtures.ts'

test.describe('a record with every optional field empty', () => {
  test('shows quiet placeholders and the same landmarks', async ({ page }) => {
    await openOpportunity(page, MINIMAL_ID)
    await expectDetailLandmarks(page, demoOpportunityName(MINIMAL_ID))

    await expect(fact(page, 'Owner')).toHaveText('No owner')
    await expect(fact(page, 'Close date')).toHaveText('No close date')
    await expect(fact(page, 'Stage')).toContainText('New lead')
    await expect(fact(page, 'Company')).toContainText('Quanta Fintech S.L.')
    const section = (title: string) => page.getByRole('region', { name: title })
    await expect(section('Description')).toContainText('No description')
    await expect(section('Client team')).toContainText('No client contacts')
    await expect(section('Next task')).toContainText('No open task')
    await expect(section('Custom attributes')).toContainText('No custom attributes')
    await expectNoBrokenText(page)
  })
})

test.describe('a record in several scripts with a deactivated owner', () => {
  test('shows the names as written and marks the owner', async ({ page }) => {
    await openOpportunity(page, INTERNATIONAL_ID)
    await expectDetailLandmarks(page, demoOpportunityName(INTERNATIONAL_ID))

    await expect(fact(page, 'Owner')).toContainText('渡辺 健二')
    await expect(fact(page, 'Owner').getByText('Deactivated', { exact: true })).toBeVisible()
    await expect(fact(page, 'Company')).toContainText('株式会社さくらロボティクス')
    for (const contact of ['由紀 佐藤', 'عمر الفاسي', 'Zoë Ångström Łukasiewicz Øyen']) {
      await expect(page.getByRole('heading', { level: 3, name: contact })).toBeVisible()
    }
    await expect(page.getByRole('rowheader', { name: '紹介手数料' })).toBeVisible()
    // Closed won: a past close date is history, not overdue.
    await expect(page.getByText('Overdue')).toHaveCount(0)
    await expectNoBrokenText(page)
  })
})

test.describe('on a 360px wide phone', () => {
  test.use({ viewport: { width: 360, height: 780 } })

  for (const id of [LONG_CONTENT_ID, SHOWCASE_ID, MINIMAL_ID, INTERNATIONAL_ID]) {
    test(`${id} fits the width without sideways scrolling`, async ({ page }) => {
      await openOpportunity(page, id)
      await expectNoHorizontalOverflow(page)
      await expectNoBrokenText(page)
    })
  }
})
