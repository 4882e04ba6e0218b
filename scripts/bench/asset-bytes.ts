import { gzipSync } from 'node:zlib'
import type { Page, Response } from '@playwright/test'

/**
 * Byte counting shared by the bench and e2e/bundle-budget.spec.ts, so both count the same
 * way. The unit of the budget is the gzip size (zlib, level 9) of each file's decoded body,
 * whatever encoding the server actually sent; what went over the wire (brotli here) is
 * recorded next to it as `encodedBytes`.
 */
/** `document`: the page itself, which carries the stylesheet inline on a deep link. */
export type AssetKind = 'document' | 'script' | 'stylesheet'

export type LoadedAsset = {
  url: string
  /** Path without the origin, e.g. /assets/index-abc123.js */
  path: string
  kind: AssetKind
  status: number
  /** The decoded body (what the browser parses). */
  rawBytes: number
  /** gzip -9 of the decoded body: the budget's unit. */
  gzipBytes: number
  /** Body bytes as received, before decoding (CDP's encoded length); null if unknown. */
  encodedBytes: number | null
  /** The content-encoding the server sent (br, gzip) or null for none. */
  contentEncoding: string | null
}

export const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length

function kindOf(response: Response): AssetKind | undefined {
  const type = response.request().resourceType()
  if (type === 'document' || type === 'script' || type === 'stylesheet') return type
  // A modulepreload can be reported as "other"; its content type still says what it is.
  const contentType = response.headers()['content-type'] ?? ''
  if (/javascript/.test(contentType)) return 'script'
  if (/text\/css/.test(contentType)) return 'stylesheet'
  return undefined
}

/**
 * Records every page, script and stylesheet response of `page` from now on. `settle()` reads their
 * bodies and sizes them; call it once the load is over (h1 shown, network idle) and before
 * the page closes. Nothing is read or compressed during the load, so counting does not slow
 * down what is being timed.
 */
export function watchAssets(page: Page) {
  const responses: Response[] = []
  const onResponse = (response: Response) => {
    responses.push(response)
  }
  page.on('response', onResponse)
  return {
    settle: async (): Promise<LoadedAsset[]> => {
      page.off('response', onResponse)
      const assets: LoadedAsset[] = []
      for (const response of responses) {
        const asset = await measure(response)
        if (asset) assets.push(asset)
      }
      return assets
    },
  }
}

async function measure(response: Response): Promise<LoadedAsset | undefined> {
  const kind = kindOf(response)
  if (!kind) return undefined
  const status = response.status()
  const url = response.url()
  const body = status === 200 ? await response.body() : Buffer.alloc(0)
  const sizes = await response
    .request()
    .sizes()
    .catch(() => undefined)
  return {
    url,
    path: new URL(url).pathname,
    kind,
    status,
    rawBytes: body.length,
    gzipBytes: body.length > 0 ? gzipSize(body) : 0,
    encodedBytes: sizes?.responseBodySize ?? null,
    contentEncoding: response.headers()['content-encoding'] ?? null,
  }
}

export type ByteTotals = {
  files: number
  rawBytes: number
  gzipBytes: number
  encodedBytes: number
}

export function totalBytes(assets: readonly LoadedAsset[], kind: AssetKind): ByteTotals {
  const ofKind = assets.filter((asset) => asset.kind === kind)
  return {
    files: ofKind.length,
    rawBytes: sum(ofKind.map((asset) => asset.rawBytes)),
    gzipBytes: sum(ofKind.map((asset) => asset.gzipBytes)),
    encodedBytes: sum(ofKind.map((asset) => asset.encodedBytes ?? 0)),
  }
}

/** The lazy chunk of the list route (Vite names a chunk after its module). */
export const LIST_CHUNK = /\/opportunity-list-page-[\w-]+\.js$/

/** One line per file, for failure messages and the report. */
export const describeAssets = (assets: readonly LoadedAsset[]) =>
  assets
    .map(
      (asset) =>
        `${asset.path}: ${asset.rawBytes} B raw, ${asset.gzipBytes} B gzip -9` +
        (asset.encodedBytes === null
          ? ''
          : `, ${asset.encodedBytes} B sent (${asset.contentEncoding ?? 'identity'})`),
    )
    .join('\n')

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)
