/**
 * What the list shows (search, filters, sort), kept in the URL's query string so a filtered
 * view is a link to share and Back/Forward return to it. Reading never fails: a hand-edited
 * or truncated link falls back to the default for each part it cannot read.
 */

export const SORT_KEYS = ['close-date', 'created', 'name'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDirection = 'asc' | 'desc'

export const STATUS_FILTERS = ['all', 'open', 'closed'] as const
export type StatusFilter = (typeof STATUS_FILTERS)[number]

/** The owner filter's value for opportunities nobody owns. */
export const UNASSIGNED = 'none'

export type ListView = {
  /** Free text matched against name, company and contact names. */
  q: string
  /** A stage id. */
  stage: string | null
  /** An owner id, or UNASSIGNED. */
  owner: string | null
  status: StatusFilter
  overdue: boolean
  /** null keeps Spott's own order. */
  sort: SortKey | null
  dir: SortDirection
}

/** Each sort's natural direction: soonest close, newest created, A to Z. */
export const DEFAULT_DIRECTION: Record<SortKey, SortDirection> = {
  'close-date': 'asc',
  created: 'desc',
  name: 'asc',
}

export const DEFAULT_LIST_VIEW: ListView = {
  q: '',
  stage: null,
  owner: null,
  status: 'all',
  overdue: false,
  sort: null,
  dir: 'asc',
}

/** Longer values are cut: nobody types them, and they would only bloat a shared link. */
const MAX_PARAM_LENGTH = 200

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value)

/** Cut by characters, not UTF-16 units, so an emoji is never split; trimmed after the cut. */
const clip = (value: string | null) =>
  Array.from(value?.trim() ?? '')
    .slice(0, MAX_PARAM_LENGTH)
    .join('')
    .trim()

const idParam = (value: string | null) => clip(value) || null

export function readListView(params: URLSearchParams): ListView {
  const sort = oneOf(SORT_KEYS, params.get('sort')) ?? null
  const dir = oneOf(['asc', 'desc'] as const, params.get('dir'))
  return {
    q: clip(params.get('q')),
    stage: idParam(params.get('stage')),
    owner: idParam(params.get('owner')),
    status: oneOf(STATUS_FILTERS, params.get('status')) ?? 'all',
    overdue: params.get('overdue') === '1',
    sort,
    dir: sort ? (dir ?? DEFAULT_DIRECTION[sort]) : 'asc',
  }
}

/** The shortest query string for a view: defaults are left out, the order is fixed. */
export function listViewSearch(view: ListView): string {
  const params = new URLSearchParams()
  const q = view.q.trim()
  if (q) params.set('q', q)
  if (view.stage) params.set('stage', view.stage)
  if (view.owner) params.set('owner', view.owner)
  if (view.status !== 'all') params.set('status', view.status)
  if (view.overdue) params.set('overdue', '1')
  if (view.sort) {
    params.set('sort', view.sort)
    if (view.dir !== DEFAULT_DIRECTION[view.sort]) params.set('dir', view.dir)
  }
  const search = params.toString()
  return search ? `?${search}` : ''
}

/** Whether the view hides any opportunity (sorting alone hides none). */
export const isFiltered = (view: ListView) =>
  view.q.trim() !== '' ||
  view.stage !== null ||
  view.owner !== null ||
  view.status !== 'all' ||
  view.overdue

/** The same view without its filters: search and filters cleared, the sort kept. */
export const withoutFilters = (view: ListView): ListView => ({
  ...DEFAULT_LIST_VIEW,
  sort: view.sort,
  dir: view.dir,
})
