import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import {
  anyCustomValueArb,
  expectSafeMarkup,
  hostileStrings,
  knownCustomValueArb,
  PROPERTY_TIMEOUT_MS,
} from '../../../test/arbitraries'
import { expectReadableText } from '../../../test/readable-text'
import { normalizeCustomValue } from '../api/custom-value'
import { CustomValueView } from './custom-values'

/**
 * Whatever Spott puts in a custom attribute, the page shows it readably and safely: no
 * JavaScript placeholders in the text, no link or image that is not http(s)/mailto/tel, no
 * event-handler attributes. Values go through the same path as the page's: normalised, then
 * rendered by kind.
 */
function expectRendersWell(raw: unknown) {
  const { container } = render(<CustomValueView value={normalizeCustomValue(raw)} />)
  expectReadableText(container)
  expectSafeMarkup(container)
}

/** One property over `values`, with the DOM cleared after every run (shrinking included). */
const rendersWell = (values: fc.Arbitrary<unknown>) =>
  fc.property(values, expectRendersWell).afterEach(() => cleanup())

test(
  'every known kind, tagged or untagged, under any payload key it accepts',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    fc.assert(rendersWell(knownCustomValueArb()), { numRuns: 200 })
  },
)

test(
  'unknown tags and shapes, JSON or not, go to a fallback that copes',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    fc.assert(rendersWell(anyCustomValueArb), { numRuns: 200 })
  },
)

test(
  'hostile strings in every kind are text, never script, links or images',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    fc.assert(rendersWell(knownCustomValueArb(hostileStrings)), { numRuns: 100 })
  },
)
