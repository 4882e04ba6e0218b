import { randomBytes } from 'node:crypto'

/**
 * Finds a secret in text however it was written down: as is in any letter case, percent-
 * encoded (fully, partly, in either hex case, twice), JSON-escaped, or base64 / base64url at
 * any of the three byte alignments it can have inside a longer encoded string.
 */

/**
 * A key that looks like a real one, unique to this run (so an old file cannot match), with
 * the characters that encoders treat differently: `+`, `/`, `=`.
 */
export function distinctiveKey(label: string): string {
  const nonce = randomBytes(6).toString('hex')
  return `sk_live_${label}+Zq9/${nonce}=Wv7+rT/==`
}

/** The forms of `secret` that occur in `text`; empty when there are none. */
export function secretFormsIn(text: string, secret: string): string[] {
  const found: string[] = []
  const lowered = secret.toLowerCase()
  // Decoded views only count when the text as is does not already match.
  if (text.toLowerCase().includes(lowered)) found.push('raw')
  else if (percentDecoded(text).toLowerCase().includes(lowered)) found.push('percent-encoded')
  else if (jsonUnescaped(text).toLowerCase().includes(lowered)) found.push('json-escaped')
  for (const [name, core] of base64Cores(secret)) if (text.includes(core)) found.push(name)
  return found
}

/** Bytes as text one character per byte, so binary files are scanned as they are. */
export const bytesAsText = (bytes: Buffer) => bytes.toString('latin1')

/**
 * The part of base64(prefix + secret + suffix) that does not depend on the prefix or suffix,
 * for each prefix length modulo 3: a secret inside a longer encoded blob shows as one of these.
 */
export function base64Cores(secret: string): [string, string][] {
  const bytes = Buffer.from(secret, 'utf8')
  const cores: [string, string][] = []
  for (const encoding of ['base64', 'base64url'] as const) {
    for (const offset of [0, 1, 2]) {
      const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(encoding)
      // The first characters carry bits of the prefix; the last group, of the suffix.
      const start = Math.ceil((offset * 8) / 6)
      const end = Math.floor((offset + bytes.length) / 3) * 4
      cores.push([`${encoding}@${offset}`, encoded.slice(start, end)])
    }
  }
  return cores
}

/** Decodes %XX sequences until nothing changes: catches partial and double encoding. */
function percentDecoded(text: string): string {
  let current = text
  for (let pass = 0; pass < 3; pass += 1) {
    const next = current.replace(/%([0-9a-f]{2})/gi, (_match, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    )
    if (next === current) break
    current = next
  }
  return current
}

function jsonUnescaped(text: string): string {
  return text
    .replace(/\\u([0-9a-f]{4})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\\//g, '/')
}
