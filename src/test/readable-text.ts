import { expect } from 'vitest'

/** What a missing or mishandled value turns into when it is rendered as text. */
const BROKEN_TEXT = [/\bundefined\b/i, /\bnull\b/i, /\bNaN\b/, /\[object \w+\]/, /Invalid Date/i]

/** Attributes a person reads (tooltips, accessible names) or a browser follows. */
const READ_ATTRIBUTES = ['title', 'aria-label', 'alt', 'href', 'src', 'datetime']

/**
 * Fails when rendered text, or an attribute a person or browser reads, shows a JavaScript
 * placeholder instead of a value: `undefined`, `null`, `NaN`, `[object Object]`, `Invalid Date`.
 */
export function expectReadableText(container: Element) {
  const attributes = Array.from(container.querySelectorAll('*')).flatMap((element) =>
    READ_ATTRIBUTES.map((name) => element.getAttribute(name)).filter(
      (value): value is string => value !== null,
    ),
  )
  const texts = [container.textContent ?? '', ...attributes]
  for (const pattern of BROKEN_TEXT) {
    for (const text of texts) expect(text, 'rendered text').not.toMatch(pattern)
  }
}

/** The text a screen reader would read: textContent without `aria-hidden` decorations. */
export function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove())
  return copy.textContent ?? ''
}
