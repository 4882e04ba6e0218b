/**
 * Layout classes shared by the page and its loading skeleton: the skeleton only prevents
 * layout shift if its boxes are laid out exactly like the page's.
 */
export const FACTS_GRID =
  'grid grid-cols-2 gap-px overflow-hidden rounded-xl bg-surface-line shadow-sm ring-1 ring-surface-line lg:grid-cols-5'

/** The fifth fact spans the row on two-column screens instead of leaving a hole. */
export const FACT_CELL = 'min-w-0 bg-surface px-4 py-3 last:col-span-2 lg:last:col-span-1'

export const COLUMNS = 'grid gap-5 lg:grid-cols-3'
export const MAIN_COLUMN = 'min-w-0 space-y-5 lg:col-span-2'
/** Next task comes first on phones: it is what to do now. */
export const SIDE_COLUMN = 'order-first min-w-0 space-y-5 lg:order-none'
