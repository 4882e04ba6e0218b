import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from './test-support/server-process.ts'

/**
 * The API key lives in `.env*` files on a developer's machine: git must never pick them up,
 * while `.env.example`, which documents the variables, must stay committed.
 */

/** git's own verdict, from the rules alone: --no-index ignores whether a file is tracked. */
function isIgnored(path: string): boolean {
  const result = spawnSync('git', ['check-ignore', '--no-index', '-q', path], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
  // 0 = ignored, 1 = not ignored; anything else (128) is git failing, which must not pass.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`git check-ignore failed (${String(result.status)}): ${result.stderr}`)
  }
  return result.status === 0
}

describe('.gitignore', () => {
  it.each([
    '.env',
    '.env.local',
    '.env.production',
    '.env.production.local',
    '.env.development',
    '.env.development.local',
    '.env.test',
    '.env.test.local',
    '.env.staging.local',
    // A copy in a subfolder is just as secret.
    'server/.env.local',
  ])('ignores %s', (path) => {
    expect(isIgnored(path)).toBe(true)
  })

  it('keeps .env.example, which holds no values', () => {
    expect(isIgnored('.env.example')).toBe(false)
  })

  it('tells a tracked file from an ignored one (control)', () => {
    expect(isIgnored('package.json')).toBe(false)
    expect(isIgnored('dist/index.html')).toBe(true)
  })
})
