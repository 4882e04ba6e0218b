import { Icon } from '../../../components/icon'

export function YesNo({ value }: { value: boolean }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span
        aria-hidden="true"
        className={
          value
            ? 'inline-flex size-4 items-center justify-center rounded bg-stage-won text-[0.65rem] text-on-fill'
            : 'inline-flex size-4 items-center justify-center rounded ring-1 ring-ink-faint ring-inset'
        }
      >
        {value && <Icon name="check" className="size-3" />}
      </span>
      {value ? 'Yes' : 'No'}
    </span>
  )
}
