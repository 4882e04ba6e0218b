import { dayAsUtcDate, parseCalendarDay, parseSpottDate, type SpottDate } from '../../../lib/dates'
import { onFirstUse } from '../../../lib/on-first-use'
import { fullName } from '../../../lib/person-name'
import type { Opportunity } from '../api/opportunity-schema'
import { closeDateHealth } from '../fields/date-fields'
import { displayName } from '../fields/name-field'
import { taskDue } from '../fields/next-task-field'
import { UNASSIGNED, type ListView, type SortKey } from './list-view'

/**
 * Search, filter and sort over the pages loaded so far. Spott has no server-side search or
 * sort, so this is all there is; the list says so when not every page is loaded.
 */
export function applyListView(
  items: readonly Opportunity[],
  view: ListView,
  now: Date = new Date(),
): Opportunity[] {
  const terms = searchTerms(view.q)
  const kept = items.filter(
    (item) =>
      (terms.length === 0 || matchesSearch(item, terms)) &&
      (view.stage === null || item.stage.value.id === view.stage) &&
      (view.owner === null || ownerKey(item) === view.owner) &&
      (view.status === 'all' || item.stage.value.isOpen === (view.status === 'open')) &&
      (!view.overdue || isOverdue(item, now)),
  )
  return view.sort ? sortBy(kept, view.sort, view.dir === 'asc' ? 1 : -1) : kept
}

/** Case, accents and width do not matter: "zoe" finds "Zoë", "ａｃｍｅ" finds "Acme". */
export const foldForSearch = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

export const searchTerms = (q: string) => foldForSearch(q).split(/\s+/).filter(Boolean)

/** Every term must appear in the name, the company or a client-team contact's name. */
export function matchesSearch(item: Opportunity, terms: readonly string[]): boolean {
  const haystack = foldForSearch(
    [
      displayName(item.name.value),
      item.company.value.name,
      ...item.clientTeam.value.map((member) => fullName(member)),
    ].join('\n'),
  )
  return terms.every((term) => haystack.includes(term))
}

export const ownerKey = (item: Opportunity) => item.owner.value?.id ?? UNASSIGNED

/** An open deal past its close date, or any deal whose next task is past due. */
export function isOverdue(item: Opportunity, now: Date = new Date()): boolean {
  const close = closeDateHealth(item.closeDate.value, item.stage.value.isOpen, now)
  if (close?.tone === 'overdue') return true
  const task = item.nextTaskDue.value
  return task !== null && (taskDue(task, now).days ?? 0) < 0
}

type SortValue = number | string | undefined

const SORT_VALUE: Record<SortKey, (item: Opportunity) => SortValue> = {
  'close-date': (item) => timeOf(parseCalendarDay(item.closeDate.value?.target)),
  created: (item) => timeOf(parseSpottDate(item.createdAt.value)),
  name: (item) => displayName(item.name.value),
}

function timeOf(date: SpottDate | undefined): number | undefined {
  if (!date) return undefined
  return (date.kind === 'instant' ? date.date : dayAsUtcDate(date)).getTime()
}

// Numeric, so "Deal 9" sorts before "Deal 10"; base sensitivity, so case does not split names.
// Made when a sort first compares names: this module is in a deal page's code too (its list
// navigation), and a deep link must not start ICU while that code is evaluated.
const collator = onFirstUse(
  () => new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }),
)

/** Missing values go last in either direction; ties keep Spott's order (sort is stable). */
function sortBy(items: Opportunity[], key: SortKey, sign: 1 | -1): Opportunity[] {
  const keyed = items.map((item) => ({ item, value: SORT_VALUE[key](item) }))
  keyed.sort(({ value: a }, { value: b }) => {
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1
    const order =
      typeof a === 'number' && typeof b === 'number'
        ? a - b
        : collator().compare(String(a), String(b))
    return sign * order
  })
  return keyed.map(({ item }) => item)
}
