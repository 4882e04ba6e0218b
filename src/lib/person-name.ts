type NameParts = {
  firstName?: string | null
  middleName?: string | null
  lastName?: string | null
  secondLastName?: string | null
}

/** Spanish-style order Spott uses: first, middle, last, second last ("María José García López"). */
export function fullName(parts: NameParts): string {
  return [parts.firstName, parts.middleName, parts.lastName, parts.secondLastName]
    .map((part) => (typeof part === 'string' ? part.trim() : ''))
    .filter(Boolean)
    .join(' ')
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** "Dana Reyes" → "DR"; one word → its first letter; CJK names → their first character. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return '?'
  if (CJK.test(words[0]!)) return Array.from(words[0]!)[0]!
  const first = Array.from(words[0]!)[0] ?? ''
  const last = words.length > 1 ? (Array.from(words[words.length - 1]!)[0] ?? '') : ''
  return (first + last).toLocaleUpperCase()
}
