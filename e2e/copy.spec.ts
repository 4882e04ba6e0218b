import { SHOWCASE_ID, expect, openOpportunity, test, type Page } from './fixtures.ts'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText())
/** Something else on the clipboard first, so a check sees the copy and not a leftover. */
const resetClipboard = (page: Page) =>
  page.evaluate(() => navigator.clipboard.writeText('not copied yet'))

const COPIES = [
  { kind: 'email', value: 'maria.garcia@northwind.example' },
  { kind: 'phone', value: '+44 20 7946 0321' },
] as const

test('copy buttons put exactly the email or phone on the clipboard and say so', async ({
  page,
}) => {
  await openOpportunity(page, SHOWCASE_ID)
  const card = page.getByRole('article', { name: 'María José García López' })

  for (const { kind, value } of COPIES) {
    await test.step(`Copy ${kind} ${value}`, async () => {
      await resetClipboard(page)
      const item = card
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: value, exact: true }) })
      const button = item.getByRole('button', { name: `Copy ${kind} ${value}`, exact: true })
      const confirmation = item.getByText('Copied', { exact: true })
      await expect(confirmation).toHaveCount(0)

      await button.click()
      await expect(confirmation).toBeVisible()
      // Announced too: the confirmation sits in a status region.
      await expect(item.getByRole('status')).toHaveText('Copied')
      expect(await readClipboard(page)).toBe(value)
      // Only this entry confirms; the other copy buttons stay quiet.
      await expect(page.getByText('Copied', { exact: true })).toHaveCount(1)

      // The confirmation is momentary.
      await expect(confirmation).toHaveCount(0)
    })
  }
})
