import fc from 'fast-check'
import { tag, type Json } from '../../../../mock-spott/builders'
import { createDemoOpportunities, DEMO_OWNERS, DEMO_STAGES } from '../../../../mock-spott/data'
import { opportunityArb, PROPERTY_TIMEOUT_MS } from '../../../test/arbitraries'
import { SHOWCASE_ID } from '../../../test/demo-opportunity'
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE } from '../../../test/intl'
import { setPageUrl } from '../../../test/page-url'
import { calendarDay } from '../../../test/time'
import { opportunitySchema, type Opportunity } from '../api/opportunity-schema'
import { canonicalUrl, opportunitySummary } from './opportunity-summary'

// Noon local time on Tuesday 10 March 2026: the showcase's close date is 6 March, its task 8 March.
const NOW = new Date(2026, 2, 10, 12, 0)
const SHOWCASE_URL = 'https://dash.example/opportunities/opp_showcase'
/** The exact texts below are en-US in UTC; elsewhere the lines are checked by their shape. */
const EN_US_UTC = DEFAULT_LOCALE === 'en-US' && DEFAULT_TIME_ZONE === 'UTC'

/** The showcase record as the mock sends it at NOW, with some wrappers replaced, parsed. */
function showcaseWith(overrides: Record<string, Json> = {}): Opportunity {
  const record = createDemoOpportunities(NOW).find((item) => item.id === SHOWCASE_ID)
  if (!record) throw new Error('The demo data has no showcase record')
  return opportunitySchema.parse({ ...record, ...overrides })
}

const stage = (name: string, isOpen: boolean) =>
  tag('opportunityStage', 'stage', { id: 'stg_x', name, order: 6, isOpen })
const closeDate = (target: string | null) =>
  tag('opportunityCloseDate', 'closeDate', target === null ? null : { target })
const task = (content: string | null, dueDate: string | null) =>
  tag('opportunityNextTaskDue', 'nextTaskDue', { id: 'tsk_x', content, dueDate })

const linesOf = (opportunity: Opportunity, now = NOW) =>
  opportunitySummary(opportunity, SHOWCASE_URL, now).split('\n')

/** Line `index` of the summary: exactly `enUs` in en-US/UTC, else matching `elsewhere`. */
function expectLine(opportunity: Opportunity, index: number, enUs: string, elsewhere: RegExp) {
  const line = linesOf(opportunity)[index]
  if (EN_US_UTC) expect(line).toBe(enUs)
  else expect(line).toMatch(elsewhere)
}

describe('canonicalUrl', () => {
  test('is the detail page at the given origin', () => {
    expect(canonicalUrl('opp_showcase', 'https://dash.example')).toBe(SHOWCASE_URL)
  })

  test('encodes the id, so slashes, spaces, ? and # stay inside the path segment', () => {
    const url = canonicalUrl('a/b c?d#e%f', 'https://dash.example')

    expect(url).toBe('https://dash.example/opportunities/a%2Fb%20c%3Fd%23e%25f')
    const parsed = new URL(url)
    expect(parsed.search).toBe('')
    expect(parsed.hash).toBe('')
    expect(decodeURIComponent(parsed.pathname.split('/').pop()!)).toBe('a/b c?d#e%f')
  })

  test("defaults to the page's origin, leaving out its path, query string and fragment", () => {
    setPageUrl('https://dash.example:8443/opportunities/other?stage=stg_won&sort=name#contact-1')

    expect(canonicalUrl('opp_showcase')).toBe(
      'https://dash.example:8443/opportunities/opp_showcase',
    )
  })
})

describe('opportunitySummary', () => {
  test('the showcase record: name, five facts and the link, one a line', () => {
    const summary = opportunitySummary(showcaseWith(), SHOWCASE_URL, NOW)

    if (EN_US_UTC) {
      expect(summary).toBe(
        [
          'Retained search: VP Engineering for Northwind Logistics',
          'Stage: Terms negotiation',
          'Company: Northwind Logistics',
          'Owner: Dana Reyes',
          'Close date: Mar 6, 2026 (overdue)',
          'Next task: Send the shortlist of four candidates to María and James, due Mar 8, 2026 (overdue)',
          SHOWCASE_URL,
        ].join('\n'),
      )
    }
    const lines = summary.split('\n')
    expect(lines).toHaveLength(7)
    expect(lines[0]).toBe('Retained search: VP Engineering for Northwind Logistics')
    expect(lines[4]).toMatch(/^Close date: .*2026 \(overdue\)$/)
    expect(lines[5]).toMatch(/^Next task: Send the shortlist .*, due .*2026 \(overdue\)$/)
    expect(lines[6]).toBe(SHOWCASE_URL)
  })

  test.each([
    ['Closed won', 'won'],
    ['Placed', 'won'],
    ['Closed lost', 'lost'],
    ['Not placed', 'lost'],
    ['Archived', 'closed'],
  ])('a closed stage "%s" says it was %s', (name, outcome) => {
    expect(linesOf(showcaseWith({ stage: stage(name, false) }))[1]).toBe(
      `Stage: ${name} (${outcome})`,
    )
  })

  test('an open stage says nothing more, even when its name sounds closed', () => {
    expect(linesOf(showcaseWith({ stage: stage('Won over, now negotiating', true) }))[1]).toBe(
      'Stage: Won over, now negotiating',
    )
  })

  test('a blank stage name reads "Unnamed stage"', () => {
    expect(linesOf(showcaseWith({ stage: stage('  ', true) }))[1]).toBe('Stage: Unnamed stage')
  })

  describe('close date', () => {
    test.each([
      [-1, 'Mar 9, 2026 (overdue)', /\(overdue\)$/],
      [0, 'Mar 10, 2026 (closes today)', /\(closes today\)$/],
      [1, 'Mar 11, 2026 (closes in 1 day)', /\(closes .+\)$/],
      [3, 'Mar 13, 2026 (closes in 3 days)', /\(closes .+\)$/],
      [40, 'Apr 19, 2026 (closes in 40 days)', /\(closes .+\)$/],
    ])('on an open stage, %i days from today: "%s"', (offset, enUs, elsewhere) => {
      const opportunity = showcaseWith({ closeDate: closeDate(calendarDay(NOW, offset)) })
      expectLine(opportunity, 4, `Close date: ${enUs}`, elsewhere)
    })

    test.each([
      [-4, 'Mar 6, 2026 (4 days ago)'],
      [-1, 'Mar 9, 2026 (yesterday)'],
      [0, 'Mar 10, 2026 (today)'],
      [2, 'Mar 12, 2026 (in 2 days)'],
      [-30, 'Feb 8, 2026 (4 weeks ago)'],
    ])('on a closed stage, %i days from today, is relative: "%s"', (offset, enUs) => {
      const opportunity = showcaseWith({
        stage: stage('Closed won', false),
        closeDate: closeDate(calendarDay(NOW, offset)),
      })
      expectLine(opportunity, 4, `Close date: ${enUs}`, /^Close date: .+ \(.+\)$/)
      expect(linesOf(opportunity)[4]).not.toMatch(/overdue|closes/)
    })

    test('none is "not set"', () => {
      expect(linesOf(showcaseWith({ closeDate: closeDate(null) }))[4]).toBe('Close date: not set')
      expect(linesOf(showcaseWith({ closeDate: null }))[4]).toBe('Close date: not set')
    })

    test('counts days from the `now` it is given', () => {
      const opportunity = showcaseWith({ closeDate: closeDate(calendarDay(NOW, 3)) })
      const later = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() + 3, 12)

      expect(opportunitySummary(opportunity, SHOWCASE_URL, later).split('\n')[4]).toMatch(
        /\(closes today\)$/,
      )
    })
  })

  describe('owner', () => {
    test('a deactivated owner is named and marked', () => {
      const greta = DEMO_OWNERS.find((owner) => owner.deactivated)!
      const opportunity = showcaseWith({
        owner: tag('opportunityOwner', 'owner', {
          id: greta.id,
          name: greta.name,
          avatarUrl: null,
          deactivatedAt: '2026-01-20T09:00:00Z',
        }),
      })
      expect(linesOf(opportunity)[3]).toBe(`Owner: ${greta.name} (deactivated)`)
    })

    test('no owner is "nobody"; a blank name is "unnamed"', () => {
      expect(linesOf(showcaseWith({ owner: null }))[3]).toBe('Owner: nobody')
      expect(linesOf(showcaseWith({ owner: tag('opportunityOwner', 'owner', null) }))[3]).toBe(
        'Owner: nobody',
      )
      const blank = tag('opportunityOwner', 'owner', { id: 'usr_x', name: ' \n ', avatarUrl: null })
      expect(linesOf(showcaseWith({ owner: blank }))[3]).toBe('Owner: unnamed')
    })
  })

  describe('next task', () => {
    test('none is "none"', () => {
      expect(linesOf(showcaseWith({ nextTaskDue: null }))[5]).toBe('Next task: none')
    })

    test('a task due today says "(today)"; a later one only its date', () => {
      const today = showcaseWith({ nextTaskDue: task('Call James', calendarDay(NOW, 0)) })
      const later = showcaseWith({ nextTaskDue: task('Call James', calendarDay(NOW, 5)) })

      expectLine(today, 5, 'Next task: Call James, due Mar 10, 2026 (today)', /, due .+ \(today\)$/)
      expectLine(later, 5, 'Next task: Call James, due Mar 15, 2026', /, due [^()]+$/)
    })

    test('a due time of day is left out: only the local date', () => {
      const opportunity = showcaseWith({ nextTaskDue: task('Call James', '2026-03-10T15:45:00Z') })
      expectLine(opportunity, 5, 'Next task: Call James, due Mar 10, 2026 (today)', /, due .+/)
      expect(linesOf(opportunity)[5]).not.toMatch(/\d:\d\d/)
    })

    test('a task without content or due date still reads as a sentence', () => {
      expect(linesOf(showcaseWith({ nextTaskDue: task(null, null) }))[5]).toBe(
        'Next task: Task without a description',
      )
      expect(linesOf(showcaseWith({ nextTaskDue: task(' \n\t ', null) }))[5]).toBe(
        'Next task: Task without a description',
      )
      expectLine(
        showcaseWith({ nextTaskDue: task('', calendarDay(NOW, -1)) }),
        5,
        'Next task: Task without a description, due Mar 9, 2026 (overdue)',
        /^Next task: Task without a description, due .+ \(overdue\)$/,
      )
    })
  })

  test('blank name and company read "Untitled opportunity" and "not set"', () => {
    const opportunity = showcaseWith({
      name: tag('opportunityName', 'name', '   '),
      company: tag('opportunityCompany', 'company', { id: 'cmp_x', name: '' }),
    })
    const lines = linesOf(opportunity)

    expect(lines[0]).toBe('Untitled opportunity')
    expect(lines[2]).toBe('Company: not set')
  })

  test('line breaks and runs of whitespace inside values become single spaces', () => {
    const opportunity = showcaseWith({
      name: tag('opportunityName', 'name', '  Retained search:\n\nVP\tEngineering \r\n'),
      stage: tag('opportunityStage', 'stage', {
        ...DEMO_STAGES[3]!,
        name: 'Terms\nnegotiation',
      }),
      company: tag('opportunityCompany', 'company', {
        id: 'cmp_x',
        name: 'Northwind\u2028Logistics',
      }),
      owner: tag('opportunityOwner', 'owner', {
        id: 'usr_x',
        name: 'Dana\n Reyes',
        avatarUrl: null,
      }),
      nextTaskDue: task('Send the shortlist\n\n• to María\n• to James\n', null),
    })
    const lines = linesOf(opportunity)

    expect(lines).toEqual([
      'Retained search: VP Engineering',
      'Stage: Terms negotiation',
      'Company: Northwind Logistics',
      'Owner: Dana Reyes',
      expect.stringMatching(/^Close date: /),
      'Next task: Send the shortlist • to María • to James',
      SHOWCASE_URL,
    ])
  })

  /** What a missing or mishandled value turns into as text. */
  const PLACEHOLDER = /undefined|null|NaN|\[object|Invalid Date/
  /** Every character a chat app or editor may start a new line at. */
  const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/
  const encodable = (text: string) => {
    try {
      encodeURIComponent(text)
      return true
    } catch {
      return false
    }
  }
  const LABELS = ['Stage: ', 'Company: ', 'Owner: ', 'Close date: ', 'Next task: ']

  test(
    'any record gives seven lines, labelled, ending with the link, with no placeholder',
    { timeout: PROPERTY_TIMEOUT_MS },
    () => {
      const nowArb = fc.date({
        min: new Date(Date.UTC(1970, 0, 1)),
        max: new Date(Date.UTC(2100, 11, 31)),
        noInvalidDate: true,
      })
      fc.assert(
        fc.property(opportunityArb(), nowArb, ({ raw }, now) => {
          const opportunity = opportunitySchema.parse(raw)
          // A lone surrogate cannot be URL-encoded; such an id gets a fixed link here.
          const url = encodable(opportunity.id)
            ? canonicalUrl(opportunity.id, 'https://dash.example')
            : SHOWCASE_URL
          const summary = opportunitySummary(opportunity, url, now)
          const lines = summary.split(LINE_BREAK)

          expect(lines).toHaveLength(7)
          expect(lines[0]!.trim()).not.toBe('')
          LABELS.forEach((label, index) =>
            expect(lines[index + 1]).toMatch(new RegExp(`^${label}\\S`)),
          )
          expect(lines[6]).toBe(url)
          expect(summary).not.toMatch(PLACEHOLDER)
        }),
        { numRuns: 300 },
      )
    },
  )
})
