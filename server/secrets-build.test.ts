import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadEnv } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readOutputFiles, type OutputFile } from './test-support/build-output.ts'
import {
  base64Cores,
  bytesAsText,
  distinctiveKey,
  secretFormsIn,
} from './test-support/secret-scan.ts'
import { REPO_ROOT } from './test-support/server-process.ts'

/**
 * A real `vite build` with the key set the two ways a developer sets it, the process
 * environment and a `.env.[mode].local` file, and then every byte of the output searched for
 * it: scripts, styles, HTML, source maps (which embed the sources) and the precompressed
 * copies `npm start` serves. Each source gets its own key, so a leak says where it came from.
 */

const ENV_KEY = distinctiveKey('BUILDENV')
const FILE_KEY = distinctiveKey('BUILDFILE')
// A mode of its own: the .env file below is read by this build only, never by `npm run dev`.
const MODE = `secrets-test-${process.pid}-${randomBytes(4).toString('hex')}`
const ENV_FILE = join(REPO_ROOT, `.env.${MODE}.local`)
const CONTROL = 'SPOTT_SECRETS_TEST_CONTROL'
/** Words DESIGN.md fixes for the UI: they must be in the bundle, so the scan must see them. */
const BUNDLE_WORDS = ['Deactivated', 'Load more']
const BUILD_TIMEOUT = 240_000

let outDir = ''
let build: { code: number | null; log: string } = { code: null, log: '' }
let files: OutputFile[] = []

const removeEnvFile = () => rmSync(ENV_FILE, { force: true })

/** `npx vite build` as `npm run build` runs it: none of Vitest's own variables. */
function viteBuild(): Promise<{ code: number | null; log: string }> {
  const vitestOwn = (name: string) =>
    name === 'NODE_ENV' || name === 'TEST' || name.startsWith('VITEST')
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestOwn(name))),
    SPOTT_API_KEY: ENV_KEY,
  }
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--mode', MODE]
  return new Promise((resolve, reject) => {
    // A process group of its own, so a timeout stops vite too, not just npx.
    const child = spawn('npx', args, {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let log = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (log += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (log += text))
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), BUILD_TIMEOUT - 10_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, log })
    })
  })
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'spott-secrets-build-'))
  writeFileSync(ENV_FILE, `SPOTT_API_KEY=${FILE_KEY}\n${CONTROL}=${MODE}\n`, { mode: 0o600 })
  try {
    // The file must be one Vite reads for this mode, or the build would not be tested with it.
    expect(loadEnv(MODE, REPO_ROOT, 'SPOTT_SECRETS_')[CONTROL]).toBe(MODE)
    build = await viteBuild()
  } finally {
    removeEnvFile()
  }
  if (build.code === 0) files = readOutputFiles(outDir)
}, BUILD_TIMEOUT)

afterAll(() => {
  removeEnvFile()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

const withSuffix = (suffix: string) => files.filter((file) => file.path.endsWith(suffix))
const holds = (file: OutputFile, text: string) =>
  secretFormsIn(bytesAsText(file.content), text).length > 0

describe('the secret scanner (control)', () => {
  const key = distinctiveKey('SCANNER')

  it.each([
    ['as is', `x${key}y`],
    ['in another case', `x${key.toUpperCase()}y`],
    ['URL-encoded', `?k=${encodeURIComponent(key)}&`],
    ['URL-encoded, lower-case hex', `?k=${encodeURIComponent(key).toLowerCase()}&`],
    ['partly URL-encoded', `?k=${encodeURIComponent(key).replaceAll('%2F', '/')}&`],
    ['URL-encoded twice', `?k=${encodeURIComponent(encodeURIComponent(key))}&`],
    ['JSON-escaped', JSON.stringify({ k: key }).replaceAll('/', '\\/')],
    [
      '\\u-escaped',
      `"${[...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`,
    ],
  ])('finds the key %s', (_label, text) => {
    expect(secretFormsIn(text, key)).not.toEqual([])
  })

  it.each([0, 1, 2, 3, 4, 5])('finds it base64-encoded after %i other bytes', (offset) => {
    const blob = Buffer.concat([randomBytes(offset), Buffer.from(`${key}!tail`)])
    expect(secretFormsIn(blob.toString('base64'), key)).not.toEqual([])
    expect(secretFormsIn(blob.toString('base64url'), key)).not.toEqual([])
  })

  it('has base64 patterns long enough to mean something', () => {
    for (const [, core] of base64Cores(key)) expect(core.length).toBeGreaterThan(30)
  })

  it('finds nothing in text without the key', () => {
    expect(secretFormsIn(`${key.slice(0, -3)} ${encodeURIComponent(key.slice(3))}`, key)).toEqual(
      [],
    )
  })
})

describe('vite build', { timeout: 60_000 }, () => {
  it('succeeds', () => {
    expect(build.code, build.log).toBe(0)
  })

  it('writes what the scan must cover: HTML, scripts, styles, source maps, compressed copies', () => {
    const paths = files.map((file) => file.path)
    expect(paths).toContain('index.html')
    for (const suffix of ['.js', '.css', '.js.map', '.js.br', '.js.gz', '.css.br', '.css.gz']) {
      expect(withSuffix(suffix).length, `files ending in ${suffix}`).toBeGreaterThan(0)
    }
    // Every script has its map, and the maps embed the sources a leak would hide in.
    for (const script of withSuffix('.js')) expect(paths).toContain(`${script.path}.map`)
    for (const map of withSuffix('.map')) {
      const parsed = JSON.parse(map.content.toString('utf8')) as {
        sources: string[]
        sourcesContent?: (string | null)[]
      }
      expect(parsed.sourcesContent?.filter(Boolean).length, map.path).toBeGreaterThan(0)
      expect(parsed.sources.some((source) => source.includes('src/'))).toBe(true)
    }
  })

  it.each(BUNDLE_WORDS)(
    'finds "%s" in a script, a source map and both compressed copies (control)',
    (word) => {
      for (const suffix of ['.js', '.js.map', '.js.br', '.js.gz']) {
        const found = withSuffix(suffix).filter((file) => holds(file, word))
        expect(found.length, `"${word}" in a ${suffix} file`).toBeGreaterThan(0)
      }
    },
  )

  it.each([
    ['the process environment', ENV_KEY],
    ['the .env.[mode].local file', FILE_KEY],
  ])('leaves the key from %s out of every output file', (_source, key) => {
    expect(files.length).toBeGreaterThan(0)
    const leaks = files
      .map((file) => ({ path: file.path, forms: secretFormsIn(bytesAsText(file.content), key) }))
      .filter((leak) => leak.forms.length > 0 || secretFormsIn(leak.path, key).length > 0)
    expect(leaks).toEqual([])
  })

  it('leaves both keys out of its own output', () => {
    expect(build.log.length).toBeGreaterThan(0)
    expect(secretFormsIn(build.log, ENV_KEY)).toEqual([])
    expect(secretFormsIn(build.log, FILE_KEY)).toEqual([])
  })
})
