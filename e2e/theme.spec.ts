import {
  SHOWCASE_ID,
  expect,
  openOpportunity,
  pageBackground,
  test,
  type Page,
} from './fixtures.ts'

const STORAGE_KEY = 'spott-dashboard:theme'

const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme' })
const storedTheme = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)
const rootColorScheme = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)

/** The page background under each system preference, measured with no choice stored. */
async function systemBackgrounds(page: Page) {
  await page.emulateMedia({ colorScheme: 'light' })
  const light = await pageBackground(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  const dark = await pageBackground(page)
  return { light, dark }
}

test.describe('theme', () => {
  test('follows the system colour scheme when nothing is chosen', async ({ page }) => {
    await openOpportunity(page, SHOWCASE_ID)
    await expect(themeSelect(page)).toHaveValue('system')
    await expect(page.locator('html')).not.toHaveAttribute('data-theme')

    const { light, dark } = await systemBackgrounds(page)
    expect(light).not.toBe('transparent')
    expect(dark, 'the dark background differs from the light one').not.toBe(light)
    expect(await rootColorScheme(page)).toBe('dark')
    // Text changes with it, so it stays readable on the new background.
    const heading = page.getByRole('heading', { level: 1 })
    const darkInk = await heading.evaluate((node) => getComputedStyle(node).color)
    await page.emulateMedia({ colorScheme: 'light' })
    expect(await rootColorScheme(page)).toBe('light')
    expect(await heading.evaluate((node) => getComputedStyle(node).color)).not.toBe(darkInk)
  })

  test('a chosen theme overrides the system, is remembered, and "System" forgets it', async ({
    page,
  }) => {
    await openOpportunity(page, SHOWCASE_ID)
    const { light, dark } = await systemBackgrounds(page)
    await page.emulateMedia({ colorScheme: 'light' })
    const html = page.locator('html')

    await test.step('Dark while the system is light', async () => {
      await themeSelect(page).selectOption({ label: 'Dark' })
      await expect(html).toHaveAttribute('data-theme', 'dark')
      expect(await pageBackground(page)).toBe(dark)
      expect(await storedTheme(page)).toBe('dark')
    })

    await test.step('survives a reload', async () => {
      await page.reload()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(themeSelect(page)).toHaveValue('dark')
      await expect(html).toHaveAttribute('data-theme', 'dark')
      expect(await pageBackground(page)).toBe(dark)
    })

    await test.step('Light while the system is dark', async () => {
      await page.emulateMedia({ colorScheme: 'dark' })
      await themeSelect(page).selectOption({ label: 'Light' })
      await expect(html).toHaveAttribute('data-theme', 'light')
      expect(await pageBackground(page)).toBe(light)
      expect(await storedTheme(page)).toBe('light')
    })

    await test.step('System forgets the choice and follows the system again', async () => {
      await themeSelect(page).selectOption({ label: 'System' })
      await expect(html).not.toHaveAttribute('data-theme')
      expect(await storedTheme(page)).toBeNull()
      expect(await pageBackground(page)).toBe(dark)
      await page.emulateMedia({ colorScheme: 'light' })
      expect(await pageBackground(page)).toBe(light)

      await page.reload()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(themeSelect(page)).toHaveValue('system')
      await expect(html).not.toHaveAttribute('data-theme')
      expect(await pageBackground(page)).toBe(light)
    })
  })
})
