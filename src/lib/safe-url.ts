const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The one gate for every href and src built from Spott data. Root-relative paths resolve
 * against the page (demo avatars are served locally); anything that is not http(s), mailto or tel,
 * such as `javascript:` or `data:`, comes back undefined and is not rendered as a link.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  // Only absolute URLs and root-relative paths: "careers.example.com/jobs" or an
  // entity-spelled "&#106;avascript:" must not turn into a link to a dashboard page.
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(trimmed)
  if (!absolute && !/^\/(?!\/)/.test(trimmed)) return undefined
  const base = new URL(globalThis.location?.href ?? 'http://localhost/')
  let url: URL
  try {
    url = new URL(trimmed, base)
  } catch {
    return undefined
  }
  // A path stays on this site: "/\\evil.example" or "/<tab>/evil.example" parse as "//evil…".
  if (!absolute && url.origin !== base.origin) return undefined
  return ALLOWED.has(url.protocol) ? url.href : undefined
}

/** For <img src>: only web images; a tel: or mailto: "avatar" is not a picture. */
export function safeImageUrl(value: string | null | undefined): string | undefined {
  const url = safeUrl(value)
  return url && /^https?:/.test(url) ? url : undefined
}

/** Only something shaped like an address becomes a mailto: link; anything else stays text. */
export function mailtoHref(email: string): string | undefined {
  const trimmed = email.trim()
  return /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed) ? safeUrl(`mailto:${trimmed}`) : undefined
}

/** Keeps digits and a leading +, which is what dialers need from "+44 (0)20 7946-0321". */
export function telHref(phone: string): string | undefined {
  const trimmed = phone.trim()
  const digits = trimmed.replace(/\(0\)/g, '').replace(/[^\d]/g, '')
  if (digits.length < 3) return undefined
  return safeUrl(`tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`)
}

/** The host a person recognises ("careers.example.com"), for link text. */
export function displayHost(href: string): string {
  try {
    return new URL(href).host.replace(/^www\./, '')
  } catch {
    return href
  }
}
