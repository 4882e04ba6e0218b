import { Avatar } from '../../../components/avatar'
import { DateText } from '../../../components/date-text'
import { EmptyValue } from '../../../components/empty-value'
import { cn } from '../../../lib/cn'
import type { Owner } from '../api/opportunity-schema'

export function OwnerField({ value: owner }: { value: Owner | null }) {
  if (!owner) return <EmptyValue>No owner</EmptyValue>
  const deactivated = owner.deactivatedAt !== null
  return (
    <span className="inline-flex min-w-0 items-center gap-2">
      <Avatar
        name={owner.name}
        src={owner.avatarUrl}
        size="sm"
        className={cn(deactivated && 'opacity-70 grayscale')}
      />
      <span className="min-w-0">
        <span className={cn('block break-words', deactivated && 'text-ink-muted')}>
          {owner.name || 'Unnamed user'}
        </span>
        {deactivated && (
          <span className="block text-xs text-ink-muted">
            <span className="rounded bg-surface-line px-1.5 py-px font-medium text-ink-muted">
              Deactivated
            </span>{' '}
            <DateText value={owner.deactivatedAt} withTime={false} />
          </span>
        )}
      </span>
    </span>
  )
}
