import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createResponseCache, type ResponseCacheOptions } from './response-cache.ts'

/** A cache on a clock the test moves by hand. */
function cacheAt(options: Omit<ResponseCacheOptions, 'now'>, start = 1_700_000_000_000) {
  const clock = { time: start }
  const cache = createResponseCache({ ...options, now: () => clock.time })
  return { cache, clock }
}

/** What the cache charges for an entry: two bytes per UTF-16 code unit of key and body. */
const cost = (key: string, body: string) => 2 * (key.length + body.length)

/** Which of `keys` are stored. Reads with no age limit, so only use it when recency is done with. */
const storedKeys = (cache: ReturnType<typeof cacheAt>['cache'], keys: string[]) =>
  keys.filter((key) => cache.get(key, Infinity) !== undefined)

const ROOMY = { maxEntries: 100, maxBytes: 1_000_000 }

describe('createResponseCache', () => {
  describe('age', () => {
    it('serves an entry up to and including maxAgeMs old, and not a millisecond later', () => {
      const { cache, clock } = cacheAt(ROOMY)
      const storedAt = clock.time
      cache.set('/opportunities/a', '{"id":"a"}')

      clock.time = storedAt + 5_000
      expect(cache.get('/opportunities/a', 5_000)).toEqual({ body: '{"id":"a"}', storedAt })
      clock.time = storedAt + 5_001
      expect(cache.get('/opportunities/a', 5_000)).toBeUndefined()
    })

    it('keeps a too-old entry for a caller that accepts older copies', () => {
      // The proxy reads one cache with two ages: the short TTL for hits, the long
      // stale-if-error window when Spott fails. Expiry for one must not delete it for the other.
      const { cache, clock } = cacheAt(ROOMY)
      cache.set('k', 'old')
      clock.time += 10_000
      expect(cache.get('k', 5_000)).toBeUndefined()
      expect(cache.get('k', 60_000)?.body).toBe('old')
      expect(cache.size).toBe(1)
    })

    it('misses a key it never stored', () => {
      const { cache } = cacheAt(ROOMY)
      expect(cache.get('nothing', Infinity)).toBeUndefined()
    })
  })

  describe('least recently used first out', () => {
    it('evicts the oldest entry when maxEntries is exceeded', () => {
      const { cache } = cacheAt({ maxEntries: 2, maxBytes: 1_000 })
      cache.set('a', '1')
      cache.set('b', '2')
      cache.set('c', '3')
      expect(cache.size).toBe(2)
      expect(cache.bytes).toBe(cost('b', '2') + cost('c', '3'))
      expect(storedKeys(cache, ['a', 'b', 'c'])).toEqual(['b', 'c'])
    })

    it('a read makes an entry the most recent, so the other one goes', () => {
      const { cache } = cacheAt({ maxEntries: 2, maxBytes: 1_000 })
      cache.set('a', '1')
      cache.set('b', '2')
      expect(cache.get('a', Infinity)?.body).toBe('1')
      cache.set('c', '3')
      expect(storedKeys(cache, ['a', 'b', 'c'])).toEqual(['a', 'c'])
    })

    it('a read too old to be served does not count as use', () => {
      const { cache, clock } = cacheAt({ maxEntries: 2, maxBytes: 1_000 })
      cache.set('a', '1')
      clock.time += 1_000
      cache.set('b', '2')
      expect(cache.get('a', 500)).toBeUndefined()
      cache.set('c', '3')
      expect(storedKeys(cache, ['a', 'b', 'c'])).toEqual(['b', 'c'])
    })

    it('overwriting a key makes it the most recent', () => {
      const { cache } = cacheAt({ maxEntries: 2, maxBytes: 1_000 })
      cache.set('a', '1')
      cache.set('b', '2')
      cache.set('a', '1 again')
      cache.set('c', '3')
      expect(storedKeys(cache, ['a', 'b', 'c'])).toEqual(['a', 'c'])
    })
  })

  describe('bytes', () => {
    it('charges two bytes per UTF-16 code unit of key and body', () => {
      const { cache } = cacheAt(ROOMY)
      cache.set('/opportunities/x', '{}')
      expect(cache.bytes).toBe(2 * ('/opportunities/x'.length + 2))
      // An astral character is two code units; é is one.
      cache.set('ü', '😀é')
      expect(cache.bytes).toBe(2 * ('/opportunities/x'.length + 2) + 2 * (1 + 3))
      expect(cache.size).toBe(2)
    })

    it('evicts oldest entries until the total fits, and a total of exactly maxBytes fits', () => {
      const { cache } = cacheAt({ maxEntries: 100, maxBytes: 40 })
      cache.set('a', '1234') // 10 bytes each
      cache.set('b', '1234')
      cache.set('c', '1234')
      expect(cache.bytes).toBe(30)

      cache.set('d', '123456789') // 20 bytes: 50 in all, so only a has to go
      expect(cache.bytes).toBe(40)
      expect(cache.size).toBe(3)

      cache.set('e', '1'.repeat(19)) // 40 bytes: fills the cache on its own
      expect(cache.bytes).toBe(40)
      expect(cache.size).toBe(1)
      expect(storedKeys(cache, ['a', 'b', 'c', 'd', 'e'])).toEqual(['e'])
    })

    it('overwriting a key replaces its bytes and its storedAt instead of adding to them', () => {
      const { cache, clock } = cacheAt(ROOMY)
      cache.set('k', 'short')
      clock.time += 250
      cache.set('k', 'a longer body')
      expect(cache.size).toBe(1)
      expect(cache.bytes).toBe(cost('k', 'a longer body'))
      expect(cache.get('k', 0)).toEqual({ body: 'a longer body', storedAt: clock.time })

      cache.set('k', '')
      expect(cache.bytes).toBe(cost('k', ''))
    })

    it('a body too large on its own is not stored and evicts nothing else', () => {
      const { cache } = cacheAt({ maxEntries: 10, maxBytes: 40 })
      cache.set('a', '1234')
      cache.set('b', '1234')
      cache.set('huge', 'x'.repeat(100))
      expect(cache.size).toBe(2)
      expect(cache.bytes).toBe(20)
      expect(storedKeys(cache, ['a', 'b', 'huge'])).toEqual(['a', 'b'])
    })

    it('a too-large body for a stored key drops that key, so an older copy is never served', () => {
      // Keeping the previous body would hand out a version older than the last one Spott
      // sent, as a hit or as a stale stand-in; dropping it is the honest choice.
      const { cache } = cacheAt({ maxEntries: 10, maxBytes: 40 })
      cache.set('a', '1234')
      cache.set('b', '1234')
      cache.set('a', 'x'.repeat(100))
      expect(cache.get('a', Infinity)).toBeUndefined()
      expect(cache.size).toBe(1)
      expect(cache.bytes).toBe(cost('b', '1234'))
      expect(cache.get('b', Infinity)?.body).toBe('1234')
    })

    it('counts the key against maxBytes too', () => {
      const { cache } = cacheAt({ maxEntries: 10, maxBytes: 20 })
      cache.set('0123456789', '') // 20 bytes of key alone: fits exactly
      expect(cache.size).toBe(1)
      cache.set('0123456789a', '') // 22 bytes: does not
      expect(cache.size).toBe(1)
      expect(cache.get('0123456789a', Infinity)).toBeUndefined()
    })
  })

  it('with maxEntries 0 stores nothing', () => {
    const { cache } = cacheAt({ maxEntries: 0, maxBytes: 1_000 })
    cache.set('a', '1')
    expect(cache.size).toBe(0)
    expect(cache.bytes).toBe(0)
    expect(cache.get('a', Infinity)).toBeUndefined()
  })

  it('hands out a copy, so a caller cannot change what others are served', () => {
    const { cache } = cacheAt(ROOMY)
    cache.set('k', 'kept')
    const first = cache.get('k', Infinity)!
    first.body = 'changed'
    expect(cache.get('k', Infinity)?.body).toBe('kept')
  })

  it('stays within its bounds and accounts bytes exactly, whatever the operations', () => {
    type Op =
      | { kind: 'set'; key: string; body: string }
      | { kind: 'get'; key: string; maxAgeMs: number }
      | { kind: 'wait'; ms: number }
    const key = fc.constantFrom('a', 'b', 'c', 'd', '/opportunities/e', '/opportunities?limit=5')
    const op: fc.Arbitrary<Op> = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('set'),
          key,
          body: fc.string({ unit: 'binary', maxLength: 60 }),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('get'),
          key,
          maxAgeMs: fc.integer({ min: 0, max: 3_000 }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('wait'), ms: fc.integer({ min: 0, max: 2_000 }) }),
      },
    )

    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 300 }),
        fc.array(op, { maxLength: 80 }),
        (maxEntries, maxBytes, ops) => {
          const { cache, clock } = cacheAt({ maxEntries, maxBytes })
          // The model: stored entries from least to most recently used.
          let model: { key: string; body: string; storedAt: number }[] = []
          const modelBytes = () => model.reduce((sum, e) => sum + cost(e.key, e.body), 0)

          for (const step of ops) {
            if (step.kind === 'wait') {
              clock.time += step.ms
            } else if (step.kind === 'set') {
              cache.set(step.key, step.body)
              model = model.filter((e) => e.key !== step.key)
              if (maxEntries >= 1 && cost(step.key, step.body) <= maxBytes) {
                model.push({ key: step.key, body: step.body, storedAt: clock.time })
                while (model.length > maxEntries || modelBytes() > maxBytes) model.shift()
              }
            } else {
              const found = model.find((e) => e.key === step.key)
              const fresh = found && clock.time - found.storedAt <= step.maxAgeMs
              expect(cache.get(step.key, step.maxAgeMs)).toEqual(
                fresh ? { body: found.body, storedAt: found.storedAt } : undefined,
              )
              if (fresh) model = [...model.filter((e) => e !== found), found]
            }
            expect(cache.size).toBeLessThanOrEqual(maxEntries)
            expect(cache.bytes).toBeLessThanOrEqual(maxBytes)
            expect(cache.size).toBe(model.length)
            expect(cache.bytes).toBe(modelBytes())
          }
          // Last, every key is probed, so `bytes` is checked against what is really there.
          for (const probe of new Set(ops.flatMap((step) => ('key' in step ? [step.key] : [])))) {
            expect(cache.get(probe, Infinity)?.body).toBe(model.find((e) => e.key === probe)?.body)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
