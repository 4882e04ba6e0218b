import { useId, useState, type ReactNode, type Ref } from 'react'
import { Button } from '../../../components/button'
import { stageLabel } from '../fields/stage-badge'
import type { OwnerCount, StageCount } from './facet-counts'
import {
  DEFAULT_DIRECTION,
  isFiltered,
  withoutFilters,
  type ListView,
  type SortDirection,
  type SortKey,
  type StatusFilter,
} from './list-view'
import type { SetListView } from './use-list-view'

const SORT_OPTIONS: { value: string; label: string }[] = [
  { value: '', label: 'Spott’s order' },
  { value: 'close-date:asc', label: 'Close date, soonest first' },
  { value: 'close-date:desc', label: 'Close date, latest first' },
  { value: 'created:desc', label: 'Created, newest first' },
  { value: 'created:asc', label: 'Created, oldest first' },
  { value: 'name:asc', label: 'Name, A to Z' },
  { value: 'name:desc', label: 'Name, Z to A' },
]

const STATUS_LABELS: Record<StatusFilter, string> = {
  all: 'Open and closed',
  open: 'Open',
  closed: 'Closed',
}

/** Shown for a stage or owner named by a shared link but absent from the loaded pages. */
const NOT_LOADED = 'from the link, none loaded yet'

type ListToolbarProps = {
  view: ListView
  setView: SetListView
  /** The filter choices, with how many loaded opportunities each has. */
  stages: StageCount[]
  owners: OwnerCount[]
  searchRef?: Ref<HTMLInputElement>
}

/** Search, filters and sort. Every change is written to the URL, so the view can be shared. */
export function ListToolbar({ view, setView, stages, owners, searchRef }: ListToolbarProps) {
  const update = (change: Partial<ListView>) => setView({ ...view, ...change })
  const chosen = countChosen(view)
  // On narrow screens the filters fold away so the rows start on the first screen; a
  // shared link that sets some opens with them showing.
  const [showFilters, setShowFilters] = useState(chosen > 0)
  const filtersId = useId()

  return (
    <div
      role="search"
      aria-label="Search and filter opportunities"
      className="grid grid-cols-2 gap-3 rounded-xl bg-surface p-4 shadow-sm ring-1 ring-surface-line lg:grid-cols-[minmax(0,2fr)_repeat(4,minmax(0,1fr))]"
    >
      <SearchField view={view} setView={setView} inputRef={searchRef} />
      <Button
        variant="secondary"
        className="col-span-2 px-3 py-1.5 lg:hidden"
        aria-expanded={showFilters}
        aria-controls={filtersId}
        onClick={() => setShowFilters(!showFilters)}
      >
        <span>
          Filters and sort{chosen > 0 && <span className="text-ink-muted"> ({chosen} set)</span>}
        </span>
        <span aria-hidden="true">{showFilters ? '▴' : '▾'}</span>
      </Button>
      <div id={filtersId} className={showFilters ? 'contents' : 'hidden lg:contents'}>
        <Picker
          label="Stage"
          value={view.stage ?? ''}
          onChange={(stage) => update({ stage: stage || null })}
        >
          <option value="">All stages</option>
          {stages.map(({ stage, count }) => (
            <option key={stage.id} value={stage.id}>
              {stageLabel(stage)} ({count})
            </option>
          ))}
          {view.stage && !stages.some(({ stage }) => stage.id === view.stage) && (
            <option value={view.stage}>Stage {NOT_LOADED}</option>
          )}
        </Picker>
        <Picker
          label="Owner"
          value={view.owner ?? ''}
          onChange={(owner) => update({ owner: owner || null })}
        >
          <option value="">Everyone</option>
          {owners.map(({ id, name, count }) => (
            <option key={id} value={id}>
              {name} ({count})
            </option>
          ))}
          {view.owner && !owners.some(({ id }) => id === view.owner) && (
            <option value={view.owner}>Owner {NOT_LOADED}</option>
          )}
        </Picker>
        <Picker
          label="Status"
          value={view.status}
          onChange={(status) => update({ status: status as StatusFilter })}
        >
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Picker>
        <Picker
          label="Sort by"
          value={view.sort ? `${view.sort}:${view.dir}` : ''}
          onChange={(value) => {
            const [sort, dir] = value.split(':') as [SortKey | '', SortDirection | undefined]
            update(
              sort ? { sort, dir: dir ?? DEFAULT_DIRECTION[sort] } : { sort: null, dir: 'asc' },
            )
          }}
        >
          {SORT_OPTIONS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Picker>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 col-span-2 lg:col-span-5">
          <label className="inline-flex items-center gap-2 text-sm text-ink">
            <input
              type="checkbox"
              checked={view.overdue}
              onChange={(event) => update({ overdue: event.target.checked })}
              className="size-4 accent-brand"
            />
            Overdue only
            <span className="text-ink-faint">(close date or next task)</span>
          </label>
          {isFiltered(view) && (
            <Button
              variant="secondary"
              className="px-3 py-1"
              onClick={() => setView(withoutFilters(view))}
            >
              Clear filters
            </Button>
          )}
        </div>
      </div>
    </div>
  )
}

/** How many of the filters and the sort differ from the defaults (search not counted). */
const countChosen = (view: ListView) =>
  [view.stage, view.owner, view.status !== 'all', view.overdue, view.sort].filter(Boolean).length

const LABEL = 'text-xs font-medium text-ink-muted'
const CONTROL =
  'w-full min-w-0 rounded-lg bg-surface px-3 py-2 text-sm text-ink ring-1 ring-surface-line ring-inset'

function Picker({
  label,
  value,
  onChange,
  children,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  children: ReactNode
}) {
  const id = useId()
  return (
    <div className="flex min-w-0 flex-col gap-1">
      {/* Labelled by `for`, not by wrapping: a wrapped select's name would include its value. */}
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={CONTROL}
      >
        {children}
      </select>
    </div>
  )
}

/**
 * Typing filters at once and replaces the URL's entry; the box keeps its own text so the
 * caret never jumps, and takes the URL's text when that changes elsewhere (Back, Clear).
 */
function SearchField({
  view,
  setView,
  inputRef,
}: {
  view: ListView
  setView: SetListView
  inputRef?: Ref<HTMLInputElement>
}) {
  const [text, setText] = useState(view.q)
  const [urlText, setUrlText] = useState(view.q)
  if (view.q !== urlText) {
    setUrlText(view.q)
    if (view.q !== text.trim()) setText(view.q)
  }
  const id = useId()
  return (
    <div className="col-span-2 flex min-w-0 flex-col gap-1 lg:col-span-1">
      <label htmlFor={id} className={LABEL}>
        Search
      </label>
      <input
        id={id}
        ref={inputRef}
        type="search"
        value={text}
        placeholder="Name, company or contact"
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value)
          setView({ ...view, q: event.target.value }, { replace: true })
        }}
        className={CONTROL}
      />
    </div>
  )
}
