import { setImmediate as nextTurn } from 'node:timers/promises'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ProxyError } from './proxy-errors.ts'
import { createUpstreamGate, type UpstreamGate, type UpstreamGateOptions } from './upstream-gate.ts'

const MINUTE = 60_000
/** Property tests do real work; the machine running them may be busy with other things. */
const HEAVY = { timeout: 60_000 }
/** Date.now-sized times, so nothing relies on the clock starting at zero. */
const START = 1_700_000_000_000

/** A gate on a clock the test moves by hand. */
function gateAt(options: Partial<Omit<UpstreamGateOptions, 'now'>>, start = START) {
  const clock = { time: start }
  const gate = createUpstreamGate({
    requestsPerMinute: 1_000,
    maxConcurrent: 8,
    maxQueued: 256,
    ...options,
    now: () => clock.time,
  })
  return { gate, clock }
}

/** The refusal's Retry-After in whole seconds; fails the test unless it is a proper 429. */
function retryAfterOf(refusal: ProxyError | undefined): number {
  expect(refusal).toBeInstanceOf(ProxyError)
  expect(refusal!.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
  expect(refusal!.transient).toBe(true)
  const header = refusal!.headers['retry-after']
  expect(header).toMatch(/^[1-9][0-9]*$/)
  return Number(header)
}

/** The most calls admitted in any closed 60 s window [t, t + 60 000 ms]. */
function busiestMinute(admittedAt: number[]): number {
  let most = 0
  let first = 0
  for (let last = 0; last < admittedAt.length; last++) {
    while (admittedAt[last]! - admittedAt[first]! > MINUTE) first++
    most = Math.max(most, last - first + 1)
  }
  return most
}

/** SPOTT_RATE_LIMIT_PER_MINUTE starts at 10, and the low limits are where rounding bites. */
const anyRequestsPerMinute = fc.oneof(
  fc.integer({ min: 10, max: 100 }),
  fc.integer({ min: 10, max: 2_000 }),
)

/** A run of bursts of calls, `everyMs` apart. */
type Segment = {
  gapMs: number
  everyMs: number
  bursts: number
  /** 'drain' keeps calling until the first refusal: the greediest client there is. */
  calls: number | 'drain'
  /** A 429 from Spott at the start of the segment, if any. */
  pauseMs: number | null
}
type Traffic = { rpm: number; segments: Segment[] }

/**
 * Random traffic over a few minutes. Runs of bursts at a steady period are what drain the
 * budget for a whole minute, and round periods make bursts land exactly 60 s apart, where
 * an off-by-one in the budget would show.
 */
const traffic = (withPauses: boolean): fc.Arbitrary<Traffic> =>
  anyRequestsPerMinute.chain((rpm) =>
    fc.record({
      rpm: fc.constant(rpm),
      segments: fc.array(
        fc.record({
          gapMs: fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 12 }).map((k) => k * 5_000),
            fc.integer({ min: 0, max: 90_000 }),
          ),
          everyMs: fc.oneof(
            fc.constantFrom(1, 7, 100, 250, 1_000, 2_000, 5_000, 6_000, 6_667, 10_000),
            fc.integer({ min: 0, max: 20_000 }),
          ),
          bursts: fc.integer({ min: 1, max: 80 }),
          calls: fc.oneof(
            fc.constant('drain' as const),
            fc.integer({ min: 1, max: Math.ceil(rpm / 4) }),
          ),
          pauseMs: withPauses
            ? fc.option(fc.integer({ min: 0, max: 30_000 }), { freq: 3 })
            : fc.constant(null),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    }),
  )

/** Plays the traffic against a fresh gate; returns when each admitted call was admitted. */
function play(
  { rpm, segments }: Traffic,
  onRefusal?: (refusal: ProxyError, gate: UpstreamGate, clock: { time: number }) => void,
): number[] {
  const { gate, clock } = gateAt({ requestsPerMinute: rpm })
  const admittedAt: number[] = []
  for (const { gapMs, everyMs, bursts, calls, pauseMs } of segments) {
    clock.time += gapMs
    if (pauseMs !== null) gate.pause(pauseMs)
    for (let burst = 0; burst < bursts; burst++) {
      if (burst > 0) clock.time += everyMs
      // After one refusal the rest of a burst would be refused too: nothing has changed.
      for (let call = 0; calls === 'drain' || call < calls; call++) {
        const refusal = gate.admit()
        if (refusal !== undefined) {
          onRefusal?.(refusal, gate, clock)
          break
        }
        admittedAt.push(clock.time)
      }
    }
  }
  return admittedAt
}

describe('UpstreamGate.admit', () => {
  it('never admits more than requestsPerMinute in any 60 s window', HEAVY, () => {
    fc.assert(
      fc.property(traffic(false), (scenario) => {
        expect(busiestMinute(play(scenario))).toBeLessThanOrEqual(scenario.rpm)
      }),
      { numRuns: 300 },
    )
  })

  it(
    'never admits more than requestsPerMinute in a minute when calls arrive every millisecond',
    HEAVY,
    () => {
      // The worst case for a sliding window: every bit of budget taken the moment it is back.
      // That is hundreds of thousands of refusals, and capturing their stacks is nearly all
      // of the cost, so stacks are off for the duration.
      const stackTraceLimit = Error.stackTraceLimit
      Error.stackTraceLimit = 0
      try {
        for (const rpm of [10, 11, 99, 1_000, 1_999]) {
          const { gate, clock } = gateAt({ requestsPerMinute: rpm })
          const admittedAt: number[] = []
          for (let ms = 0; ms <= 3 * MINUTE; ms++) {
            clock.time = START + ms
            while (gate.admit() === undefined) admittedAt.push(clock.time)
          }
          expect(busiestMinute(admittedAt)).toBeLessThanOrEqual(rpm)
          // And the budget is used, not wasted: the first minute gets (nearly) all of it.
          const firstMinute = admittedAt.filter((at) => at <= START + MINUTE).length
          expect(firstMinute).toBeGreaterThanOrEqual(rpm - 1)
        }
      } finally {
        Error.stackTraceLimit = stackTraceLimit
      }
    },
  )

  it('never refuses a steady stream below 90% of requestsPerMinute', HEAVY, () => {
    fc.assert(
      fc.property(
        anyRequestsPerMinute.chain((rpm) => {
          // Strictly longer than 60 000 / (0.9 × rpm) ms, computed in integers.
          const minGapMs = Math.floor(600_000 / (9 * rpm)) + 1
          return fc.record({
            rpm: fc.constant(rpm),
            minGapMs: fc.constant(minGapMs),
            offsetMs: fc.integer({ min: 0, max: 5 * MINUTE }),
            // Cycled through for a few minutes of traffic: irregular, never faster than allowed.
            extraMs: fc.array(fc.integer({ min: 0, max: minGapMs }), {
              minLength: 1,
              maxLength: 30,
            }),
          })
        }),
        ({ rpm, minGapMs, offsetMs, extraMs }) => {
          const { gate, clock } = gateAt({ requestsPerMinute: rpm })
          clock.time += offsetMs
          const end = clock.time + 4 * MINUTE
          let refusal: ProxyError | undefined
          for (let call = 0; clock.time <= end && !refusal; call++) {
            refusal = gate.admit()
            clock.time += minGapMs + extraMs[call % extraMs.length]!
          }
          expect(refusal).toBeUndefined()
        },
      ),
      { numRuns: 100 },
    )
  })

  it('refuses with an honest Retry-After: a call at that time is admitted', HEAVY, () => {
    let refusals = 0
    fc.assert(
      fc.property(traffic(false), (scenario) => {
        play(scenario, (refusal, gate, clock) => {
          refusals++
          // Checked by hand: expect() on each of thousands of refusals is most of the cost.
          const header = refusal.headers['retry-after'] ?? ''
          const wellFormed = refusal.body.code === 'RATE_LIMITED' && /^[1-9][0-9]*$/.test(header)
          if (!wellFormed) retryAfterOf(refusal)
          // 1 ms past Retry-After: exactly at it, float drift in the bucket can still
          // refuse (see the next test). Any real retry arrives at least that late.
          clock.time += Number(header) * 1_000 + 1
          const retry = gate.admit()
          if (retry !== undefined) expect(retry).toBeUndefined()
        })
      }),
      { numRuns: 300 },
    )
    // The traffic must actually run the budget dry, or nothing above was checked.
    expect(refusals).toBeGreaterThan(1_000)
  })

  it('admits a retry that comes exactly when Retry-After said', () => {
    // At 11 a minute a token takes exactly 6 s. The bucket adds 1/6 of one at +1 s and 5/6
    // at +6 s, which in floating point sum to just under 1: the retry must still get in.
    const { gate, clock } = gateAt({ requestsPerMinute: 11 })
    expect(gate.admit()).toBeUndefined()
    clock.time = START + 1_000
    expect(retryAfterOf(gate.admit())).toBe(5)
    clock.time = START + 6_000
    expect(gate.admit()).toBeUndefined()
  })

  it('paces an exhausted budget with the refill time, rounded up to whole seconds', () => {
    // 10 a minute: a burst of 1, then one every 60 / 9 = 6.67 s.
    const { gate, clock } = gateAt({ requestsPerMinute: 10 })
    expect(gate.admit()).toBeUndefined()
    expect(retryAfterOf(gate.admit())).toBe(7)
    clock.time = START + 6_666
    expect(retryAfterOf(gate.admit())).toBe(1)
    clock.time = START + 6_667
    expect(gate.admit()).toBeUndefined()
  })

  it('starts with a burst of a tenth of the budget', () => {
    const { gate } = gateAt({ requestsPerMinute: 600 })
    for (let call = 0; call < 60; call++) expect(gate.admit()).toBeUndefined()
    // Refusals cost nothing: the next call is still the first one over the burst.
    expect(retryAfterOf(gate.admit())).toBe(1)
    expect(retryAfterOf(gate.admit())).toBe(1)
  })

  describe('pause', () => {
    it('refuses everything until the pause is over, with Retry-After the seconds left', () => {
      const { gate, clock } = gateAt({ requestsPerMinute: 1_000 })
      gate.pause(5_000)
      expect(retryAfterOf(gate.admit())).toBe(5)
      clock.time = START + 1
      expect(retryAfterOf(gate.admit())).toBe(5)
      clock.time = START + 1_000
      expect(retryAfterOf(gate.admit())).toBe(4)
      clock.time = START + 4_999
      expect(retryAfterOf(gate.admit())).toBe(1)
      clock.time = START + 5_000
      expect(gate.admit()).toBeUndefined()
    })

    it('says why: Spott asked, not the budget', () => {
      const { gate } = gateAt({})
      gate.pause(1_000)
      expect(gate.admit()?.message).toMatch(/Spott asked/)
    })

    it('does not spend the budget on the calls it refuses', () => {
      const { gate, clock } = gateAt({ requestsPerMinute: 600 })
      gate.pause(1_000)
      for (let call = 0; call < 100; call++) retryAfterOf(gate.admit())
      clock.time = START + 1_000
      for (let call = 0; call < 60; call++) expect(gate.admit()).toBeUndefined()
    })

    it('a shorter later pause does not shorten a longer one', () => {
      const { gate, clock } = gateAt({})
      gate.pause(10_000)
      clock.time = START + 2_000
      gate.pause(1_000)
      clock.time = START + 3_000
      expect(retryAfterOf(gate.admit())).toBe(7)
      clock.time = START + 9_999
      expect(retryAfterOf(gate.admit())).toBe(1)
      clock.time = START + 10_000
      expect(gate.admit()).toBeUndefined()
    })

    it('a longer later pause extends a shorter one', () => {
      const { gate, clock } = gateAt({})
      gate.pause(1_000)
      clock.time = START + 500
      gate.pause(3_000)
      clock.time = START + 1_000
      expect(retryAfterOf(gate.admit())).toBe(3)
      clock.time = START + 3_500
      expect(gate.admit()).toBeUndefined()
    })

    it('a pause of 0 holds nothing back', () => {
      const { gate } = gateAt({})
      gate.pause(0)
      expect(gate.admit()).toBeUndefined()
    })

    it('keeps the window guarantee with pauses anywhere in the traffic', HEAVY, () => {
      fc.assert(
        fc.property(traffic(true), (scenario) => {
          expect(busiestMinute(play(scenario))).toBeLessThanOrEqual(scenario.rpm)
        }),
        { numRuns: 200 },
      )
    })

    it('gives an honest Retry-After when the budget is also empty once the pause ends', () => {
      // At 10 a minute the next token is 6.67 s away: telling the client the pause's 1 s
      // would have it refused again.
      const { gate, clock } = gateAt({ requestsPerMinute: 10 })
      expect(gate.admit()).toBeUndefined()
      gate.pause(1_000)
      const retryAfter = retryAfterOf(gate.admit())
      clock.time += retryAfter * 1_000
      expect(gate.admit()).toBeUndefined()
    })
  })
})

type Waiter = {
  id: number
  controller: AbortController
  state: 'waiting' | 'held' | 'released' | 'rejected'
  release?: () => void
  error?: unknown
}

/** Asks for a slot and records what becomes of the request, without awaiting it. */
function ask(gate: ReturnType<typeof gateAt>['gate'], id: number, signal?: AbortSignal): Waiter {
  const controller = new AbortController()
  const waiter: Waiter = { id, controller, state: 'waiting' }
  gate.slot(signal ?? controller.signal).then(
    (release) => {
      waiter.state = 'held'
      waiter.release = () => {
        waiter.state = 'released'
        release()
      }
    },
    (error: unknown) => {
      waiter.state = 'rejected'
      waiter.error = error
    },
  )
  return waiter
}

/** Lets every settled promise run its callbacks. */
const settle = () => nextTurn()

const ids = (waiters: Waiter[], state: Waiter['state']) =>
  waiters.filter((waiter) => waiter.state === state).map((waiter) => waiter.id)

describe('UpstreamGate.slot', () => {
  it('grants up to maxConcurrent at once and queues the rest', async () => {
    const { gate } = gateAt({ maxConcurrent: 2 })
    const waiters = [1, 2, 3, 4].map((id) => ask(gate, id))
    await settle()
    expect(ids(waiters, 'held')).toEqual([1, 2])
    expect(ids(waiters, 'waiting')).toEqual([3, 4])
  })

  it('grants queued requests in the order they came', async () => {
    const { gate } = gateAt({ maxConcurrent: 1 })
    const waiters = [1, 2, 3, 4].map((id) => ask(gate, id))
    const grants: number[] = []
    for (let step = 0; step < 4; step++) {
      await settle()
      const held = waiters.find((waiter) => waiter.state === 'held')!
      grants.push(held.id)
      held.release!()
    }
    expect(grants).toEqual([1, 2, 3, 4])
  })

  it('a newcomer does not overtake the queue when a slot is handed on', async () => {
    const { gate } = gateAt({ maxConcurrent: 1 })
    const first = ask(gate, 1)
    const queued = ask(gate, 2)
    await settle()
    first.release!()
    const late = ask(gate, 3)
    await settle()
    expect([queued.state, late.state]).toEqual(['held', 'waiting'])
  })

  it('refuses at once with a 429 when the queue is full', async () => {
    const { gate } = gateAt({ maxConcurrent: 1, maxQueued: 2 })
    const waiters = [1, 2, 3, 4].map((id) => ask(gate, id))
    await settle()
    expect(waiters.map((waiter) => waiter.state)).toEqual([
      'held',
      'waiting',
      'waiting',
      'rejected',
    ])
    const refusal = waiters[3]!.error as ProxyError
    expect(retryAfterOf(refusal)).toBe(1)
    expect(refusal.message).toMatch(/too many calls/)
  })

  it('with maxQueued 0 refuses whatever cannot start at once', async () => {
    const { gate } = gateAt({ maxConcurrent: 1, maxQueued: 0 })
    const waiters = [1, 2].map((id) => ask(gate, id))
    await settle()
    expect(waiters.map((waiter) => waiter.state)).toEqual(['held', 'rejected'])
    expect(retryAfterOf(waiters[1]!.error as ProxyError)).toBe(1)
  })

  describe('abort', () => {
    it('a waiter that aborts rejects with the reason and leaves its place in the queue', async () => {
      const { gate } = gateAt({ maxConcurrent: 1, maxQueued: 1 })
      const holder = ask(gate, 1)
      const leaving = ask(gate, 2)
      await settle()
      const reason = new Error('client gone')
      leaving.controller.abort(reason)
      await settle()
      expect(leaving.state).toBe('rejected')
      expect(leaving.error).toBe(reason)

      // Its place is free again: with maxQueued 1, another request can queue.
      const next = ask(gate, 3)
      await settle()
      expect(next.state).toBe('waiting')
      holder.release!()
      await settle()
      expect([leaving.state, next.state]).toEqual(['rejected', 'held'])
    })

    it('an aborted waiter is not handed a slot later', async () => {
      const { gate } = gateAt({ maxConcurrent: 1 })
      const holder = ask(gate, 1)
      const leaving = ask(gate, 2)
      await settle()
      leaving.controller.abort(new Error('gone'))
      holder.release!()
      await settle()

      // Had the slot gone to the aborted waiter, it would never come back.
      const fresh = ask(gate, 3)
      await settle()
      expect(fresh.state).toBe('held')
    })

    it('the others keep their order when one in the middle aborts', async () => {
      const { gate } = gateAt({ maxConcurrent: 1 })
      const waiters = [1, 2, 3, 4].map((id) => ask(gate, id))
      await settle()
      waiters[2]!.controller.abort(new Error('gone'))
      const grants: number[] = []
      for (let step = 0; step < 3; step++) {
        await settle()
        const held = waiters.find((waiter) => waiter.state === 'held')!
        grants.push(held.id)
        held.release!()
      }
      expect(grants).toEqual([1, 2, 4])
    })

    it('aborting after the grant changes nothing: the slot is held until released', async () => {
      const { gate } = gateAt({ maxConcurrent: 1 })
      const holder = ask(gate, 1)
      await settle()
      holder.controller.abort(new Error('timeout'))
      const next = ask(gate, 2)
      await settle()
      expect([holder.state, next.state]).toEqual(['held', 'waiting'])
      holder.release!()
      await settle()
      expect(next.state).toBe('held')
    })

    it('aborting after a grant from the queue leaves the queue alone', async () => {
      // The proxy's timeout can fire while the call it timed is already running.
      const { gate } = gateAt({ maxConcurrent: 1 })
      const waiters = [1, 2, 3].map((id) => ask(gate, id))
      await settle()
      waiters[0]!.release!()
      await settle()
      waiters[1]!.controller.abort(new Error('timeout'))
      await settle()
      expect(waiters.map((waiter) => waiter.state)).toEqual(['released', 'held', 'waiting'])
      waiters[1]!.release!()
      await settle()
      expect(waiters[2]!.state).toBe('held')
    })

    it('an already-aborted signal is rejected instead of queued', async () => {
      const { gate } = gateAt({ maxConcurrent: 1, maxQueued: 1 })
      ask(gate, 1)
      const reason = new Error('already gone')
      const signal = AbortSignal.abort(reason)
      const dead = ask(gate, 2, signal)
      await settle()
      expect(dead.state).toBe('rejected')
      expect(dead.error).toBe(reason)
      // It took no place in the queue.
      const next = ask(gate, 3)
      await settle()
      expect(next.state).toBe('waiting')
    })

    it('an already-aborted signal is rejected even when a slot is free', async () => {
      // The contract: the promise rejects if the signal aborts first, free slot or not.
      const { gate } = gateAt({ maxConcurrent: 1 })
      const reason = new Error('already gone')
      const dead = ask(gate, 1, AbortSignal.abort(reason))
      await settle()
      expect(dead.state).toBe('rejected')
      expect(dead.error).toBe(reason)
    })
  })

  describe('release', () => {
    it('is idempotent when others wait: a second call hands on no second slot', async () => {
      const { gate } = gateAt({ maxConcurrent: 2 })
      const waiters = [1, 2, 3, 4].map((id) => ask(gate, id))
      await settle()
      const release = waiters[0]!.release!
      release()
      release()
      await settle()
      expect(ids(waiters, 'held')).toEqual([2, 3])
      expect(ids(waiters, 'waiting')).toEqual([4])
    })

    it('is idempotent when nobody waits: a second call frees no phantom slot', async () => {
      const { gate } = gateAt({ maxConcurrent: 1 })
      const first = ask(gate, 1)
      await settle()
      const release = first.release!
      release()
      release()
      const waiters = [2, 3].map((id) => ask(gate, id))
      await settle()
      expect(waiters.map((waiter) => waiter.state)).toEqual(['held', 'waiting'])
    })
  })

  it(
    'matches a FIFO model under any interleaving of requests, releases and aborts',
    HEAVY,
    async () => {
      type Step =
        | { kind: 'ask' }
        | { kind: 'release'; pick: number; twice: boolean }
        | { kind: 'abort'; pick: number }
      const step: fc.Arbitrary<Step> = fc.oneof(
        { weight: 3, arbitrary: fc.record({ kind: fc.constant('ask') }) },
        {
          weight: 2,
          arbitrary: fc.record({
            kind: fc.constant('release'),
            pick: fc.nat(),
            twice: fc.boolean(),
          }),
        },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('abort'), pick: fc.nat() }) },
      )

      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 0, max: 4 }),
          fc.array(step, { maxLength: 60 }),
          async (maxConcurrent, maxQueued, steps) => {
            const { gate } = gateAt({ maxConcurrent, maxQueued })
            const waiters: Waiter[] = []
            // The model: who holds a slot, and who waits in which order.
            const held = new Set<number>()
            let queue: number[] = []
            const refused = new Set<number>()
            const aborted = new Map<number, unknown>()

            for (const action of steps) {
              if (action.kind === 'ask') {
                const id = waiters.length
                waiters.push(ask(gate, id))
                if (held.size < maxConcurrent) held.add(id)
                else if (queue.length >= maxQueued) refused.add(id)
                else queue.push(id)
              } else if (action.kind === 'release') {
                const holders = waiters.filter((waiter) => waiter.state === 'held')
                const holder = holders[action.pick % Math.max(1, holders.length)]
                if (holder) {
                  const release = holder.release!
                  release()
                  if (action.twice) release()
                  held.delete(holder.id)
                  const next = queue.shift()
                  if (next !== undefined) held.add(next)
                }
              } else {
                // Aborting someone who already holds a slot must change nothing.
                const live = waiters.filter((w) => w.state === 'waiting' || w.state === 'held')
                const target = live[action.pick % Math.max(1, live.length)]
                if (target && !target.controller.signal.aborted) {
                  const reason = new Error(`abort ${target.id}`)
                  target.controller.abort(reason)
                  if (queue.includes(target.id)) {
                    queue = queue.filter((id) => id !== target.id)
                    aborted.set(target.id, reason)
                  }
                }
              }
              await settle()

              expect(ids(waiters, 'held').length).toBeLessThanOrEqual(maxConcurrent)
              expect(ids(waiters, 'held')).toEqual([...held].sort((a, b) => a - b))
              expect(ids(waiters, 'waiting').sort((a, b) => a - b)).toEqual(
                [...queue].sort((a, b) => a - b),
              )
              for (const waiter of waiters) {
                if (refused.has(waiter.id)) {
                  expect(waiter.state).toBe('rejected')
                  expect(retryAfterOf(waiter.error as ProxyError)).toBe(1)
                }
                if (aborted.has(waiter.id)) {
                  expect(waiter.state).toBe('rejected')
                  expect(waiter.error).toBe(aborted.get(waiter.id))
                }
              }
            }
          },
        ),
        { numRuns: 200 },
      )
    },
  )
})
