import { z } from 'zod/mini'
import { describeIssues, fieldPath } from './describe-issues'

const schema = z.object({
  name: z.object({ value: z.string() }),
  stage: z.object({ order: z.number() }),
  contacts: z.array(z.object({ email: z.email() })),
  kind: z.enum(['a', 'b']),
  closeDate: z.nullable(z.iso.date()),
})

function describe(body: unknown, shown?: number): string {
  const parsed = schema.safeParse(body, { reportInput: true })
  if (parsed.success) throw new Error('expected the body to be rejected')
  return describeIssues(parsed.error, shown)
}

const valid = {
  name: { value: 'Deal' },
  stage: { order: 1 },
  contacts: [{ email: 'a@example.com' }],
  kind: 'a',
  closeDate: null,
}

test.each([
  [{ ...valid, name: { value: null } }, '“name.value” should be text but is empty'],
  [{ ...valid, name: {} }, '“name.value” is missing (it should be text)'],
  [{ ...valid, stage: { order: '1' } }, '“stage.order” should be a number but is text'],
  [{ ...valid, stage: [] }, '“stage” should be an object but is a list'],
  [
    { ...valid, contacts: [valid.contacts[0], { email: 'nope' }] },
    '“contacts[1].email” is not a valid email address',
  ],
  [{ ...valid, kind: 'c' }, '“kind” has a value the dashboard does not know'],
  [{ ...valid, closeDate: 'soon' }, '“closeDate” is not a valid date'],
  [[], 'the response should be an object but is a list'],
  [null, 'the response should be an object but is empty'],
])('names the field and what was wrong: %j', (body, expected) => {
  expect(describe(body)).toBe(expected)
})

test('says how many more problems there are beyond the first few', () => {
  const text = describe({}, 2)
  expect(text).toMatch(
    /^“name” is missing \(it should be an object\); “stage” is missing .*; and 3 more$/,
  )
})

test('never shows a value, nor a JavaScript placeholder word', () => {
  const text = describe({ ...valid, name: { value: 12 }, stage: { order: undefined } })
  expect(text).not.toMatch(/\b(null|undefined|NaN|12)\b|\[object/)
})

test('keeps odd keys short and printable', () => {
  expect(fieldPath(['custom', `${'x'.repeat(60)}\u0000`, 3])).toBe(`custom.${'x'.repeat(40)}[3]`)
  expect(fieldPath(['a\nb'])).toBe('a?b')
})
