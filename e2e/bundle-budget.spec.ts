import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  describeAssets,
  LIST_CHUNK,
  totalBytes,
  watchAssets,
} from '../scripts/bench/asset-bytes.ts'
import { BUDGETS } from '../scripts/bench/budgets.ts'
import { demoOpportunityName, detailPath, expect, SERVERS, SHOWCASE_ID, test } from './fixtures.ts'

const ASSETS = fileURLToPath(new URL('../dist/assets', import.meta.url))

/**
 * The initial JavaScript of `npm run bench`, checked on every `npm test` against its budget:
 * the JavaScript a deep link loads, up to its h1 and network idle, summed as gzip -9 of each decoded file
 * (zlib level 9, whatever the server sent over the wire: it sends precompressed brotli,
 * which is smaller). Counting is shared with the bench (scripts/bench/asset-bytes.ts).
 */
test('a deep link loads no more gzipped JavaScript than its budget, and not the list route', async ({
  page,
}) => {
  const assets = watchAssets(page)
  await page.goto(new URL(detailPath(SHOWCASE_ID), SERVERS.demo).href)
  await expect(
    page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
  ).toBeVisible()
  await page.waitForLoadState('networkidle')
  const loaded = await assets.settle()
  const scripts = loaded.filter((asset) => asset.kind === 'script')
  const report = describeAssets(scripts)

  expect(scripts.length, 'scripts of the initial load').toBeGreaterThan(0)
  expect(
    scripts.filter((asset) => asset.status !== 200).map((asset) => asset.path),
    'scripts that failed to load',
  ).toEqual([])

  // The list route's chunk must not ride along on a deep link. Its name is Vite's for the
  // module; check it exists in the build, so a rename cannot make this pass vacuously.
  expect(
    readdirSync(ASSETS).some((file) => LIST_CHUNK.test(`/assets/${file}`)),
    `dist/assets has a chunk matching ${LIST_CHUNK}`,
  ).toBe(true)
  expect(
    scripts.filter((asset) => LIST_CHUNK.test(asset.path)).map((asset) => asset.path),
    `list route code loaded by a deep link:\n${report}`,
  ).toEqual([])

  const { gzipBytes } = totalBytes(scripts, 'script')
  expect(
    gzipBytes,
    `initial JavaScript, gzip -9 bytes (budget ${BUDGETS.initialJsGzipBytes}):\n${report}`,
  ).toBeLessThanOrEqual(BUDGETS.initialJsGzipBytes)
})
