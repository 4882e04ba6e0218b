import { Chip } from '../../../components/chip'
import { DateText } from '../../../components/date-text'
import { Icon } from '../../../components/icon'
import { looksLikeIsoDate } from '../../../lib/dates'
import { EmptyValue } from '../../../components/empty-value'
import { formatMoney, formatNumber } from '../../../lib/format'
import { displayHost, safeUrl } from '../../../lib/safe-url'
import { moneyOf } from '../api/custom-value'
import { YesNo } from './yes-no'

const MAX_DEPTH = 3

/** "outOf" → "Out of", "currency_code" → "Currency code". */
function humanize(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase()
  return words ? words[0]!.toUpperCase() + words.slice(1) : key
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Shows whatever a value of an unknown shape holds, readably: dates as dates, URLs as safe
 * links, arrays as chips, `{ amount, currency }` as money, other objects as key/value text.
 */
export function FallbackValue({ value, depth = 0 }: { value: unknown; depth?: number }) {
  if (value === null || value === undefined) return <EmptyValue />
  if (typeof value === 'boolean') return <YesNo value={value} />
  if (typeof value === 'number') {
    return Number.isFinite(value) ? <span>{formatNumber(value)}</span> : <EmptyValue />
  }
  if (typeof value === 'string') return <FallbackText text={value} />
  if (Array.isArray(value)) {
    if (value.length === 0) return <EmptyValue>None</EmptyValue>
    return (
      <ul className="flex flex-wrap gap-1.5">
        {value.map((item, index) => (
          <li key={index} className="max-w-full">
            <Chip>
              <FallbackValue value={item} depth={depth + 1} />
            </Chip>
          </li>
        ))}
      </ul>
    )
  }
  if (isRecord(value)) {
    const money = moneyOf(value)
    if (money) return <span>{formatMoney(money.amount, money.currency)}</span>
    const entries = Object.entries(value).filter(([key]) => key !== 'viewType')
    if (entries.length === 0) return <EmptyValue />
    if (depth >= MAX_DEPTH) {
      const summary = summarize(value, 0)
      return summary ? <span className="break-words">{summary}</span> : <EmptyValue />
    }
    return (
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        {entries.map(([key, item]) => (
          <div key={key} className="contents">
            <dt className="text-ink-muted">{humanize(key)}</dt>
            <dd className="min-w-0">
              <FallbackValue value={item} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    )
  }
  return <EmptyValue />
}

/** One line of readable text for data nested too deep to lay out: "Email: a@b · Primary: Yes". */
function summarize(value: unknown, depth: number): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : ''
  if (typeof value === 'string') return value.trim()
  if (depth >= MAX_DEPTH) return '…'
  if (Array.isArray(value)) {
    return value
      .map((item) => summarize(item, depth + 1))
      .filter(Boolean)
      .join(', ')
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([key]) => key !== 'viewType')
      .map(([key, item]) => [humanize(key), summarize(item, depth + 1)] as const)
      .filter(([, text]) => text !== '')
      .map(([key, text]) => `${key}: ${text}`)
      .join(' · ')
  }
  return ''
}

function FallbackText({ text }: { text: string }) {
  if (text.trim() === '') return <EmptyValue />
  if (looksLikeIsoDate(text)) return <DateText value={text} />
  const href = /^https?:\/\//i.test(text) ? safeUrl(text) : undefined
  if (href) return <ExternalLink href={href} />
  return <span className="break-words whitespace-pre-line">{text}</span>
}

/** A link to somewhere outside the dashboard, shown by its host. */
export function ExternalLink({ href }: { href: string }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={href}
      className="break-all text-link underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-link"
    >
      {displayHost(href)}
      <Icon name="external" className="ml-1 inline-block size-[0.85em] align-[-0.05em]" />
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  )
}
