import type { Opportunity, Stage } from '../api/opportunity-schema'

export type StageCount = { stage: Stage; count: number }

/** How many of the given opportunities sit in each stage, in pipeline order. */
export function countByStage(items: Opportunity[]): StageCount[] {
  const counts = new Map<string, StageCount>()
  for (const item of items) {
    const stage = item.stage.value
    const entry = counts.get(stage.id) ?? { stage, count: 0 }
    entry.count += 1
    counts.set(stage.id, entry)
  }
  return [...counts.values()].sort(
    (a, b) => a.stage.order - b.stage.order || a.stage.name.localeCompare(b.stage.name),
  )
}
