import { opportunitySchema } from '../api/opportunity-schema'
import { createDemoOpportunities } from '../../../../mock-spott/data'
import { countByStage } from './stage-counts'

const items = createDemoOpportunities(new Date('2026-11-28T12:00:00Z')).map((raw) =>
  opportunitySchema.parse(raw),
)

test('counts every opportunity once, per stage, in pipeline order', () => {
  const counts = countByStage(items)

  expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(items.length)
  expect(counts.map((entry) => entry.stage.order)).toEqual(
    [...counts.map((entry) => entry.stage.order)].sort((a, b) => a - b),
  )
  for (const { stage, count } of counts) {
    expect(count).toBe(items.filter((item) => item.stage.value.id === stage.id).length)
  }
})

test('no opportunities, no stages', () => {
  expect(countByStage([])).toEqual([])
})
