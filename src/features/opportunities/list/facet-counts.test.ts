import { opportunitySchema, type Opportunity } from '../api/opportunity-schema'
import { createDemoOpportunities } from '../../../../mock-spott/data'
import { demoOpportunity, MINIMAL_ID } from '../../../test/demo-opportunity'
import { parsedOwner } from '../../../test/records'
import { countByOwner, countByStage } from './facet-counts'
import { UNASSIGNED } from './list-view'

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

describe('countByOwner', () => {
  /** The minimal demo record with the given owner (null: nobody). */
  const ownedBy = (owner: { id: string; name: string } | null): Opportunity => ({
    ...demoOpportunity(MINIMAL_ID),
    owner: { viewType: 'opportunityOwner', value: owner && parsedOwner(owner) },
  })

  test('counts every opportunity once, per owner, matching each owner id', () => {
    const counts = countByOwner(items)

    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(items.length)
    expect(new Set(counts.map((entry) => entry.id)).size).toBe(counts.length)
    for (const { id, count } of counts) {
      expect(count, id).toBe(
        items.filter((item) => (item.owner.value?.id ?? UNASSIGNED) === id).length,
      )
      expect(count, id).toBeGreaterThan(0)
    }
  })

  test('on the demo pipeline, lists the owners by name, then "No owner" last', () => {
    const counts = countByOwner(items)
    const named = counts.slice(0, -1)

    expect(counts.at(-1)).toMatchObject({ id: UNASSIGNED, name: 'No owner' })
    expect(named.map((entry) => entry.name)).toEqual(
      named.map((entry) => entry.name).sort((a, b) => a.localeCompare(b)),
    )
  })

  test('groups owner-less opportunities under "none", named "No owner", listed last', () => {
    const counts = countByOwner([
      ownedBy(null),
      ownedBy({ id: 'usr_zed', name: 'Zed Young' }),
      ownedBy(null),
      ownedBy({ id: 'usr_amy', name: 'Amy Adams' }),
      ownedBy({ id: 'usr_zed', name: 'Zed Young' }),
      ownedBy(null),
    ])

    expect(counts).toEqual([
      { id: 'usr_amy', name: 'Amy Adams', count: 1 },
      { id: 'usr_zed', name: 'Zed Young', count: 2 },
      { id: UNASSIGNED, name: 'No owner', count: 3 },
    ])
  })

  test('"No owner" comes last even when its name would sort first', () => {
    const counts = countByOwner([ownedBy(null), ownedBy({ id: 'usr_z', name: 'Zz' })])
    expect(counts.map((entry) => entry.id)).toEqual(['usr_z', UNASSIGNED])
  })

  test('sorts owners by name, not by id or by count', () => {
    const counts = countByOwner([
      ownedBy({ id: 'usr_1', name: 'Priya Natarajan' }),
      ownedBy({ id: 'usr_2', name: 'dana Reyes' }),
      ownedBy({ id: 'usr_2', name: 'dana Reyes' }),
      ownedBy({ id: 'usr_3', name: 'Álvaro Ibáñez' }),
      ownedBy({ id: 'usr_0', name: 'Tomás Ibarra' }),
    ])
    expect(counts.map((entry) => entry.name)).toEqual([
      'Álvaro Ibáñez',
      'dana Reyes',
      'Priya Natarajan',
      'Tomás Ibarra',
    ])
    expect(counts.find((entry) => entry.id === 'usr_2')?.count).toBe(2)
  })

  test.each(['', '   ', '\n\t'])('shows a blank owner name (%j) as "Unnamed owner"', (name) => {
    const counts = countByOwner([ownedBy({ id: 'usr_blank', name }), ownedBy(null)])
    expect(counts).toEqual([
      { id: 'usr_blank', name: 'Unnamed owner', count: 1 },
      { id: UNASSIGNED, name: 'No owner', count: 1 },
    ])
  })

  test('trims an owner name', () => {
    expect(countByOwner([ownedBy({ id: 'usr_1', name: '  Dana Reyes ' })])).toEqual([
      { id: 'usr_1', name: 'Dana Reyes', count: 1 },
    ])
  })

  test('counts by id: two owners with the same name stay apart', () => {
    const counts = countByOwner([
      ownedBy({ id: 'usr_1', name: 'Alex Kim' }),
      ownedBy({ id: 'usr_2', name: 'Alex Kim' }),
      ownedBy({ id: 'usr_1', name: 'Alex Kim' }),
    ])
    expect(counts).toEqual([
      { id: 'usr_1', name: 'Alex Kim', count: 2 },
      { id: 'usr_2', name: 'Alex Kim', count: 1 },
    ])
  })

  test('only owner-less opportunities: a single "No owner" entry', () => {
    expect(countByOwner([ownedBy(null), ownedBy(null)])).toEqual([
      { id: UNASSIGNED, name: 'No owner', count: 2 },
    ])
  })

  test('no opportunities, no owners', () => {
    expect(countByOwner([])).toEqual([])
  })
})
