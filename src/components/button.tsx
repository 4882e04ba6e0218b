import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'

const VARIANTS = {
  primary: 'bg-brand text-on-fill hover:bg-brand-strong',
  secondary: 'bg-surface text-ink ring-1 ring-surface-line ring-inset hover:bg-surface-sunken',
}

export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: keyof typeof VARIANTS }) {
  return (
    <button
      type={type}
      className={cn(
        'inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-link disabled:opacity-60',
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  )
}
