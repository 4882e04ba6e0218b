import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadEnvFiles } from './load-env-files.ts'

let root: string

const write = (name: string, lines: string[]) =>
  writeFileSync(join(root, name), `${lines.join('\n')}\n`)

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'spott-env-'))
})

afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(root, { recursive: true, force: true })
})

describe('loadEnvFiles', () => {
  it('layers .env < .env.local < .env.[mode] < .env.[mode].local < the process', () => {
    write('.env', ['A=env', 'B=env', 'C=env', 'D=env', 'E=env', 'ONLY_ENV=env'])
    write('.env.local', ['B=local', 'C=local', 'D=local', 'E=local'])
    write('.env.production', ['C=production', 'D=production', 'E=production'])
    write('.env.production.local', ['D=production.local', 'E=production.local'])

    expect(loadEnvFiles(root, 'production', { E: 'process' })).toEqual({
      A: 'env',
      B: 'local',
      C: 'production',
      D: 'production.local',
      E: 'process',
      ONLY_ENV: 'env',
    })
  })

  it('lets an empty string in the process environment override a file', () => {
    write('.env', ['SPOTT_API_KEY=from-file', 'HOST=0.0.0.0'])
    write('.env.production.local', ['SPOTT_API_KEY=from-production-local'])

    const env = loadEnvFiles(root, 'production', { SPOTT_API_KEY: '', HOST: '' })
    expect(env.SPOTT_API_KEY).toBe('')
    expect(env.HOST).toBe('')
  })

  it('reads only the files of the mode asked for', () => {
    write('.env.development', ['A=development'])
    write('.env.development.local', ['B=development.local'])
    write('.env.production', ['A=production'])

    expect(loadEnvFiles(root, 'production', {})).toEqual({ A: 'production' })
    expect(loadEnvFiles(root, 'development', {})).toEqual({
      A: 'development',
      B: 'development.local',
    })
  })

  it('is fine with no files at all, or only some', () => {
    expect(loadEnvFiles(root, 'production', { PORT: '3000' })).toEqual({ PORT: '3000' })
    expect(loadEnvFiles(join(root, 'does-not-exist'), 'production', {})).toEqual({})

    write('.env.production.local', ['PORT=4000'])
    expect(loadEnvFiles(root, 'production', {})).toEqual({ PORT: '4000' })
  })

  it('parses comments, quotes, "=" and ":" in values, and blank lines', () => {
    write('.env', [
      '# a comment',
      '',
      'DASHBOARD_BASIC_AUTH=sales:pa=ss:word',
      'QUOTED="with # hash and spaces"',
      "SINGLE='single quoted'",
      'EMPTY=',
      'TRAILING=value # a comment after it',
    ])

    expect(loadEnvFiles(root, 'production', {})).toEqual({
      DASHBOARD_BASIC_AUTH: 'sales:pa=ss:word',
      QUOTED: 'with # hash and spaces',
      SINGLE: 'single quoted',
      EMPTY: '',
      TRAILING: 'value',
    })
  })

  it('reads process.env by default and changes neither it nor the object passed', () => {
    vi.stubEnv('SPOTT_LOAD_ENV_TEST', 'from-process')
    write('.env', ['SPOTT_LOAD_ENV_TEST=from-file', 'SPOTT_LOAD_ENV_FILE_ONLY=file'])

    const env = loadEnvFiles(root, 'production')
    expect(env.SPOTT_LOAD_ENV_TEST).toBe('from-process')
    expect(env.SPOTT_LOAD_ENV_FILE_ONLY).toBe('file')
    expect(process.env.SPOTT_LOAD_ENV_FILE_ONLY).toBeUndefined()

    const processEnv = { OTHER: 'x' }
    loadEnvFiles(root, 'production', processEnv)
    expect(processEnv).toEqual({ OTHER: 'x' })
  })
})
