import { expect, test, watchConsole } from './fixtures.ts'

// The guard that fails every other test on console noise, checked on a page of its own (the
// test's own `page` is guarded and would fail on the errors this test provokes on purpose).
test('the console guard reports errors and page errors, except exactly the allowed ones', async ({
  context,
}) => {
  const page = await context.newPage()
  const watcher = watchConsole(page)
  watcher.allow('deliberate console error')
  await page.goto('/opportunities')
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()

  const events = Promise.all([
    page.waitForEvent('pageerror'),
    page.waitForEvent('console', (message) => message.text().endsWith('another one')),
  ])
  await page.evaluate(() => {
    console.error('deliberate console error')
    console.warn('a warning is not an error')
    console.error('deliberate console error, but another one')
    setTimeout(() => {
      throw new Error('deliberate page error')
    })
  })
  await events
  watcher.stop()
  await page.close()

  expect(watcher.problems()).toEqual([
    expect.stringContaining('console error: deliberate console error, but another one'),
    expect.stringContaining('page error: Error: deliberate page error'),
  ])
})
