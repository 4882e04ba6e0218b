/**
 * Recent upstream bodies by upstream path, least recently used first out. Bounded by entry
 * count and by bytes, so a burst of large records cannot grow the process without limit.
 */

export type CachedBody = { body: string; storedAt: number }

export type ResponseCache = {
  /** The entry if it is at most `maxAgeMs` old; reading it makes it the most recent. */
  get: (key: string, maxAgeMs: number) => CachedBody | undefined
  set: (key: string, body: string) => void
  readonly size: number
  readonly bytes: number
}

export type ResponseCacheOptions = {
  maxEntries: number
  maxBytes: number
  now?: () => number
}

export function createResponseCache({
  maxEntries,
  maxBytes,
  now = Date.now,
}: ResponseCacheOptions): ResponseCache {
  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  const entries = new Map<string, CachedBody & { bytes: number }>()
  let bytes = 0

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.bytes
  }

  return {
    get(key, maxAgeMs) {
      const entry = entries.get(key)
      if (!entry || now() - entry.storedAt > maxAgeMs) return undefined
      entries.delete(key)
      entries.set(key, entry)
      return { body: entry.body, storedAt: entry.storedAt }
    },
    set(key, body) {
      remove(key)
      // JS strings are UTF-16 in memory: two bytes per code unit is the honest estimate.
      const size = body.length * 2 + key.length * 2
      if (maxEntries < 1 || size > maxBytes) return
      entries.set(key, { body, storedAt: now(), bytes: size })
      bytes += size
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break
        remove(oldest)
      }
    },
    get size() {
      return entries.size
    },
    get bytes() {
      return bytes
    },
  }
}
