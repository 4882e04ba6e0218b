import type { Opportunity, Stage } from '../api/opportunity-schema'
import { UNASSIGNED } from './list-view'

export type StageCount = { stage: Stage; count: number }
export type OwnerCount = { id: string; name: string; count: number }

/** How many of the given opportunities sit in each stage, in pipeline order. */
export function countByStage(items: readonly Opportunity[]): StageCount[] {
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

/** How many each owner has, by name; opportunities without an owner come last. */
export function countByOwner(items: readonly Opportunity[]): OwnerCount[] {
  const counts = new Map<string, OwnerCount>()
  for (const item of items) {
    const owner = item.owner.value
    const id = owner?.id ?? UNASSIGNED
    const name = owner ? owner.name.trim() || 'Unnamed owner' : 'No owner'
    const entry = counts.get(id) ?? { id, name, count: 0 }
    entry.count += 1
    counts.set(id, entry)
  }
  return [...counts.values()].sort(
    (a, b) =>
      Number(a.id === UNASSIGNED) - Number(b.id === UNASSIGNED) || a.name.localeCompare(b.name),
  )
}
