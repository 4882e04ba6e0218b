import type { z } from 'zod/mini'

/**
 * Says which fields of a response were unreadable and how, in words a person can pass on
 * in a bug report: “stage.order” should be a number but is text. Never the value itself
 * (it may be long or hostile), and never a JavaScript word like null or undefined.
 */
export function describeIssues(error: z.core.$ZodError, shown = 3): string {
  const described = error.issues.slice(0, shown).map(describeIssue)
  const more = error.issues.length - described.length
  return more > 0 ? `${described.join('; ')}; and ${more} more` : described.join('; ')
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length === 0 ? 'the response' : `“${fieldPath(issue.path)}”`
  return `${field} ${problem(issue)}`
}

/** `["contacts", 2, "email"]` → `contacts[2].email`, with odd keys kept short and printable. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`
      const text = String(key).replace(/\p{C}/gu, '?').slice(0, 40)
      return index === 0 ? text : `.${text}`
    })
    .join('')
}

function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const found = 'input' in issue ? kindOf(issue.input) : undefined
      const expected = TYPE_WORDS[issue.expected] ?? 'something else'
      if (found === 'missing') return `is missing (it should be ${expected})`
      return found ? `should be ${expected} but is ${found}` : `should be ${expected}`
    }
    case 'invalid_union':
      return 'is in none of the forms the dashboard reads'
    case 'invalid_value':
      return 'has a value the dashboard does not know'
    case 'invalid_format':
      return `is not a valid ${FORMAT_WORDS[issue.format] ?? 'value'}`
    case 'too_small':
    case 'too_big':
      return 'is out of range'
    default:
      return 'is not in the form the dashboard reads'
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
}

const FORMAT_WORDS: Record<string, string> = {
  datetime: 'date and time',
  date: 'date',
  url: 'web address',
  email: 'email address',
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return 'true or false'
  return 'an object'
}
