import { EmptyValue } from '../../../components/empty-value'

/** Keeps the line breaks people typed; long words and URLs wrap instead of overflowing. */
export function DescriptionField({ value }: { value: string | null }) {
  if (value === null || value.trim() === '') return <EmptyValue>No description</EmptyValue>
  return <p className="leading-relaxed break-words whitespace-pre-line text-ink">{value}</p>
}
