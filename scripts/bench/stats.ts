export type Summary = {
  median: number
  min: number
  max: number
  runs: number
  /** Every measured value, in run order. */
  values: number[]
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no values to summarize')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return {
    median,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    runs: values.length,
    values: [...values],
  }
}

/** Rounds for the report: ms to 0.1, ratios and scores to 3 decimals. */
export const round = (value: number, digits = 1) => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
