import type { ReactNode } from 'react'

/**
 * Small pictures drawn as SVG. Not typed as symbols such as ✎ or ✦: most text fonts lack them,
 * so they look different on every system, and the browser's first search for a font that has
 * one holds up the page's first layout (3 to 9 ms each on this project's test machine).
 */
const SHAPES = {
  copy: (
    <>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 5.5v-2a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" />
    </>
  ),
  link: (
    <path d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 0 1 4 4l-1 1M9 11.5l-1 1a2.8 2.8 0 0 1-4-4l1-1" />
  ),
  check: <path d="M3.5 8.5l3 3 6-7" />,
  external: <path d="M6 3.5h6.5V10M12.5 3.5l-9 9" />,
  pencil: <path d="M10.5 2.5l3 3-8 8h-3v-3zM9 4l3 3" />,
  sparkle: (
    <path
      d="M8 1.5c.5 3.6 1.9 5 5.5 6.5-3.6 1.5-5 2.9-5.5 6.5-.5-3.6-1.9-5-5.5-6.5C6.1 6.5 7.5 5.1 8 1.5z"
      fill="currentColor"
    />
  ),
} satisfies Record<string, ReactNode>

export type IconName = keyof typeof SHAPES

/** Decorative: whatever it means is said in words next to it. */
export function Icon({ name, className }: { name: IconName; className: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {SHAPES[name]}
    </svg>
  )
}
