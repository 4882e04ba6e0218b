import type { ComponentType } from 'react'
import { Chip } from '../../../components/chip'
import { DateText } from '../../../components/date-text'
import { EmptyValue } from '../../../components/empty-value'
import { formatMoney, formatNumber } from '../../../lib/format'
import { safeUrl } from '../../../lib/safe-url'
import type { CustomValue, KnownCustomViewType } from '../api/custom-value'
import { ExternalLink, FallbackValue } from './fallback-value'
import { YesNo } from './yes-no'

type ValueOf<K extends KnownCustomViewType> = { value: Extract<CustomValue, { kind: K }> }

function TextValue({ value }: ValueOf<'customText'>) {
  if (value.text.trim() === '') return <EmptyValue />
  return <span className="break-words whitespace-pre-line">{value.text}</span>
}

function NumberValue({ value }: ValueOf<'customNumber'>) {
  return <span className="tabular-nums">{formatNumber(value.number)}</span>
}

function CheckboxValue({ value }: ValueOf<'customCheckbox'>) {
  return <YesNo value={value.checked} />
}

function SelectValue({ value }: ValueOf<'customSelect'>) {
  return value.selected.trim() === '' ? <EmptyValue /> : <Chip>{value.selected}</Chip>
}

function MultiSelectValue({ value }: ValueOf<'customMultiSelect'>) {
  if (value.selected.length === 0) return <EmptyValue>None selected</EmptyValue>
  return (
    <ul className="flex flex-wrap gap-1.5">
      {value.selected.map((option, index) => (
        <li key={`${option}-${index}`} className="max-w-full">
          <Chip>{option}</Chip>
        </li>
      ))}
    </ul>
  )
}

function DateValue({ value }: ValueOf<'customDate'>) {
  return <DateText value={value.date} relative />
}

function CurrencyValue({ value }: ValueOf<'customCurrency'>) {
  return <span className="tabular-nums">{formatMoney(value.amount, value.currency)}</span>
}

/** "careers.example.com/jobs/42", typed without a scheme, is still a web address. */
const HOST_LIKE = /^[a-z\d-]+(\.[a-z\d-]+)+(\/\S*)?$/i

function UrlValue({ value }: ValueOf<'customUrl'>) {
  const url = value.url.trim()
  const href = safeUrl(url) ?? (HOST_LIKE.test(url) ? safeUrl(`https://${url}`) : undefined)
  if (href && /^https?:/.test(href)) return <ExternalLink href={href} />
  // Not a web address we will link to (javascript:, data:, …): shown as text only.
  return value.url.trim() === '' ? <EmptyValue /> : <span className="break-all">{value.url}</span>
}

/** One renderer per custom viewType; a viewType added to CustomValue without one fails to compile. */
export const customValueRenderers = {
  customText: TextValue,
  customNumber: NumberValue,
  customCheckbox: CheckboxValue,
  customSelect: SelectValue,
  customMultiSelect: MultiSelectValue,
  customDate: DateValue,
  customCurrency: CurrencyValue,
  customUrl: UrlValue,
} satisfies { [K in KnownCustomViewType]: ComponentType<ValueOf<K>> }

export function CustomValueView({ value }: { value: CustomValue }) {
  if (value.kind === 'empty') return <EmptyValue />
  if (value.kind === 'unknown') return <FallbackValue value={value.raw} />
  const Renderer = customValueRenderers[value.kind] as ComponentType<{ value: CustomValue }>
  return <Renderer value={value} />
}
