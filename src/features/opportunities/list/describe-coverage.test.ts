import { enUsOr } from '../../../test/intl'
import { describeCoverage } from './describe-coverage'

const coverage = (parts: Partial<Parameters<typeof describeCoverage>[0]>) => ({
  shown: 0,
  loaded: 0,
  complete: true,
  filtered: false,
  sorted: false,
  ...parts,
})

describe('unfiltered', () => {
  test('everything loaded', () => {
    expect(describeCoverage(coverage({ shown: 124, loaded: 124 }))).toBe(
      '124 opportunities, all loaded.',
    )
  })

  test('everything loaded and sorted: sorting over all of them needs no caveat', () => {
    expect(describeCoverage(coverage({ shown: 124, loaded: 124, sorted: true }))).toBe(
      '124 opportunities, all loaded.',
    )
  })

  test('pages missing', () => {
    expect(describeCoverage(coverage({ shown: 50, loaded: 50, complete: false }))).toBe(
      '50 opportunities loaded; more in Spott.',
    )
  })

  test('pages missing and sorted: says the sort covers only the loaded ones', () => {
    expect(
      describeCoverage(coverage({ shown: 50, loaded: 50, complete: false, sorted: true })),
    ).toBe('50 opportunities loaded; more in Spott. Sorted among the loaded ones only.')
  })

  test('one opportunity is singular', () => {
    expect(describeCoverage(coverage({ shown: 1, loaded: 1 }))).toBe('1 opportunity, all loaded.')
    expect(describeCoverage(coverage({ shown: 1, loaded: 1, complete: false }))).toBe(
      '1 opportunity loaded; more in Spott.',
    )
  })

  test('none is plural', () => {
    expect(describeCoverage(coverage({ shown: 0, loaded: 0 }))).toBe('0 opportunities, all loaded.')
  })
})

describe('filtered', () => {
  test('everything loaded', () => {
    expect(describeCoverage(coverage({ shown: 7, loaded: 124, filtered: true }))).toBe(
      '7 of 124 opportunities match.',
    )
  })

  test('everything loaded, sorted too: no caveat', () => {
    expect(
      describeCoverage(coverage({ shown: 7, loaded: 124, filtered: true, sorted: true })),
    ).toBe('7 of 124 opportunities match.')
  })

  test('pages missing: more in Spott may match', () => {
    expect(
      describeCoverage(coverage({ shown: 3, loaded: 50, filtered: true, complete: false })),
    ).toBe('3 of the 50 opportunities loaded match; more in Spott may match too.')
  })

  test('pages missing and sorted: the same caveat', () => {
    expect(
      describeCoverage(
        coverage({ shown: 3, loaded: 50, filtered: true, complete: false, sorted: true }),
      ),
    ).toBe('3 of the 50 opportunities loaded match; more in Spott may match too.')
  })

  test('no match', () => {
    expect(describeCoverage(coverage({ shown: 0, loaded: 124, filtered: true }))).toBe(
      '0 of 124 opportunities match.',
    )
  })

  test('the noun follows the loaded count, not the shown one', () => {
    expect(describeCoverage(coverage({ shown: 1, loaded: 1, filtered: true }))).toBe(
      '1 of 1 opportunity match.',
    )
    expect(describeCoverage(coverage({ shown: 1, loaded: 2, filtered: true }))).toBe(
      '1 of 2 opportunities match.',
    )
    expect(
      describeCoverage(coverage({ shown: 0, loaded: 1, filtered: true, complete: false })),
    ).toBe('0 of the 1 opportunity loaded match; more in Spott may match too.')
  })
})

describe('numbers are formatted for the reader’s locale', () => {
  test('loaded counts', () => {
    expect(describeCoverage(coverage({ shown: 12345, loaded: 12345 }))).toMatch(
      enUsOr('12,345 opportunities, all loaded.', /^12.?345 opportunities, all loaded\.$/),
    )
    expect(describeCoverage(coverage({ shown: 1000, loaded: 1000, complete: false }))).toMatch(
      enUsOr('1,000 opportunities loaded; more in Spott.', /^1.?000 opportunities loaded/),
    )
  })

  test('shown and loaded counts', () => {
    expect(describeCoverage(coverage({ shown: 1500, loaded: 20000, filtered: true }))).toMatch(
      enUsOr('1,500 of 20,000 opportunities match.', /^1.?500 of 20.?000 opportunities match\.$/),
    )
    expect(
      describeCoverage(coverage({ shown: 2500, loaded: 5000, filtered: true, complete: false })),
    ).toMatch(
      enUsOr(
        '2,500 of the 5,000 opportunities loaded match; more in Spott may match too.',
        /^2.?500 of the 5.?000 opportunities loaded match/,
      ),
    )
  })
})
