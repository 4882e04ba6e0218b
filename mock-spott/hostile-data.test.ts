import { describe, expect, it } from 'vitest'
import { opportunitySchema } from '../src/features/opportunities/api/opportunity-schema.ts'
import type { Json } from './builders.ts'
import {
  HOSTILE_KEYS,
  HOSTILE_STRINGS,
  HOSTILE_TEXT,
  HOSTILE_URLS,
  XSS_MARKER,
  isOriginEscapingPath,
} from './hostile-corpus.ts'
import {
  HOSTILE_CORPUS_IDS,
  ORIGIN_ESCAPE_IDS,
  createHostileOpportunities,
} from './hostile-data.ts'

const NOW = new Date('2026-03-15T10:30:00Z')
const RECORDS = createHostileOpportunities(NOW)
const CORPUS = new Set<string>(HOSTILE_STRINGS)
const isPayload = (value: string) => CORPUS.has(value) || isOriginEscapingPath(value)

const KEYS = new Set(HOSTILE_KEYS)

/** Every string value in `value`, with where it sits (hostile keys all spelled `<key>`). */
function strings(value: Json, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) =>
    strings(item, `${path}/${KEYS.has(key) ? '<key>' : key}`),
  )
}

// Ids (a payload plus a suffix that keeps them unique), dates and the known viewType tags are
// the only strings the fixture does not take from the corpus as they are.
const NOT_FROM_CORPUS =
  /\/(id|candidateId|companyId|attributeDefinitionId|target|createdAt|deactivatedAt|dueDate)$/
const KNOWN_TAG = /^(opportunity|custom)[A-Z]\w+$/

describe('the hostile fixture', () => {
  it('parses with the dashboard schema, so the page shows the payloads and not an error', () => {
    for (const record of RECORDS) {
      expect(() => opportunitySchema.parse(record), record.id).not.toThrow()
    }
  })

  it('keeps opportunity ids valid for the proxy and unique', () => {
    const ids = RECORDS.map((record) => record.id)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,128}$/)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...HOSTILE_CORPUS_IDS, ...ORIGIN_ESCAPE_IDS])
  })

  it('puts a hostile string in every free-text and URL field', () => {
    for (const record of RECORDS) {
      const { id: _id, ...fields } = record
      const plain = strings(fields).filter(
        ({ path, value }) =>
          !isPayload(value) &&
          !NOT_FROM_CORPUS.test(path) &&
          !(path.endsWith('/viewType') && KNOWN_TAG.test(value)),
      )
      expect(plain, record.id).toEqual([])
    }
  })

  it('gives every field every payload, over the records that cycle through the corpus', () => {
    const byPath = new Map<string, Set<string>>()
    for (const record of RECORDS.filter(({ id }) => HOSTILE_CORPUS_IDS.includes(id))) {
      for (const { path, value } of strings(record)) {
        // Field wrappers carry a hostile tag in only some records.
        if (!CORPUS.has(value) || /^\/\w+\/viewType$/.test(path)) continue
        byPath.set(path, (byPath.get(path) ?? new Set()).add(value))
      }
    }
    expect(byPath.size).toBeGreaterThan(50)
    const partly = [...byPath].filter(([, values]) => values.size !== HOSTILE_STRINGS.length)
    expect(partly.map(([path]) => path)).toEqual([])
  })

  it('has payloads that announce themselves and never look like a leaked placeholder', () => {
    for (const text of [...HOSTILE_TEXT, ...HOSTILE_URLS, ...HOSTILE_KEYS]) {
      expect(text).not.toMatch(/undefined|null|nan|\[object|invalid[\s_-]*date/i)
      expect(Array.from(text).length).toBeLessThanOrEqual(200)
    }
    const announcing = HOSTILE_STRINGS.filter((text) => text.includes(XSS_MARKER))
    expect(announcing.length).toBeGreaterThan(HOSTILE_STRINGS.length / 2)
  })
})
