import { useState } from 'react'
import { cn } from '../lib/cn'
import { initials } from '../lib/person-name'
import { safeImageUrl } from '../lib/safe-url'

const PALETTE = [
  'bg-avatar-1-soft text-avatar-1-strong',
  'bg-avatar-2-soft text-avatar-2-strong',
  'bg-avatar-3-soft text-avatar-3-strong',
  'bg-avatar-4-soft text-avatar-4-strong',
  'bg-avatar-5-soft text-avatar-5-strong',
  'bg-avatar-6-soft text-avatar-6-strong',
  'bg-avatar-7-soft text-avatar-7-strong',
  'bg-avatar-8-soft text-avatar-8-strong',
]

const SIZES = {
  xs: 'size-5 text-[0.6rem]',
  sm: 'size-8 text-xs',
  md: 'size-10 text-sm',
  lg: 'size-12 text-base',
}

/** The same name always gets the same colour, so people are recognisable across pages. */
export function avatarColour(name: string): string {
  let hash = 0
  for (const char of name) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) | 0
  return PALETTE[Math.abs(hash) % PALETTE.length]!
}

type AvatarProps = {
  name: string
  src: string | null | undefined
  size?: keyof typeof SIZES
  /** Square corners suit logos; people are round. */
  shape?: 'round' | 'square'
  className?: string
}

/**
 * A picture when there is a usable one, otherwise initials on a colour derived from the
 * name. Decorative: the name is always written next to it.
 */
export function Avatar({ name, src, size = 'md', shape = 'round', className }: AvatarProps) {
  const href = safeImageUrl(src)
  const [failed, setFailed] = useState<string>()
  const showImage = href !== undefined && failed !== href
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center justify-center overflow-hidden font-semibold select-none',
        shape === 'round' ? 'rounded-full' : 'rounded-md',
        SIZES[size],
        showImage ? 'bg-surface-line' : avatarColour(name),
        className,
      )}
      data-testid="avatar"
    >
      {showImage ? (
        <img
          src={href}
          alt=""
          className="size-full object-cover"
          decoding="async"
          onError={() => setFailed(href)}
        />
      ) : (
        <span aria-hidden="true">{initials(name)}</span>
      )}
    </span>
  )
}
