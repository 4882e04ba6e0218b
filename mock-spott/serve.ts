import { createDemoOpportunities } from './data.ts'
import { createHostileOpportunities } from './hostile-data.ts'
import { startMockSpott } from './server.ts'
import { createStressOpportunities } from './stress-data.ts'

// Standalone mock Spott API, for e2e runs that exercise "real key" mode and for poking at
// the contract with curl: MOCK_SPOTT_KEY=k MOCK_SPOTT_PORT=4010 npm run mock-spott
// MOCK_SPOTT_FIXTURES adds fixture records after the demo pipeline, so counts and paging of
// the demo's first pages stay as they are: a comma-separated list of `stress` (stress-data.ts)
// and `hostile` (hostile-data.ts, for the XSS spec), e.g. MOCK_SPOTT_FIXTURES=stress,hostile.
// MOCK_SPOTT_THROTTLED_KEY=k2 MOCK_SPOTT_THROTTLE=2/5000 also accepts k2, for 2 requests
// per 5000 ms window, then answers 429 with Retry-After as Spott's rate limit does. A limit
// of 0 (0/3000) is a key whose budget someone else always uses up: every request is a 429.
const apiKey = process.env.MOCK_SPOTT_KEY
if (!apiKey) {
  console.error('Set MOCK_SPOTT_KEY to the key the mock should accept.')
  process.exit(1)
}
const FIXTURES = {
  stress: createStressOpportunities,
  hostile: createHostileOpportunities,
}
const fixtureNames = (process.env.MOCK_SPOTT_FIXTURES ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean)
const unknownFixture = fixtureNames.find((name) => !Object.hasOwn(FIXTURES, name))
if (unknownFixture) {
  console.error(
    `MOCK_SPOTT_FIXTURES: unknown fixture "${unknownFixture}" (known: stress, hostile).`,
  )
  process.exit(1)
}
const now = new Date()
const mock = await startMockSpott({
  apiKey,
  opportunities: [
    ...createDemoOpportunities(now),
    ...fixtureNames.flatMap((name) => FIXTURES[name as keyof typeof FIXTURES](now)),
  ],
  port: Number(process.env.MOCK_SPOTT_PORT ?? 4010),
  latencyMs: Number(process.env.MOCK_SPOTT_LATENCY_MS ?? 0),
  throttle: readThrottle(process.env.MOCK_SPOTT_THROTTLED_KEY, process.env.MOCK_SPOTT_THROTTLE),
})
console.log(`Mock Spott API listening on ${mock.url}`)
const stop = () => void mock.close().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

function readThrottle(key: string | undefined, rule: string | undefined) {
  if (!key) return undefined
  const [limit, windowMs] = (rule ?? '1/1000').split('/').map(Number)
  if (!Number.isInteger(limit) || !Number.isInteger(windowMs) || limit! < 0 || windowMs! < 1) {
    console.error('MOCK_SPOTT_THROTTLE must look like 2/5000 (requests per milliseconds).')
    process.exit(1)
  }
  return { apiKey: key, limit: limit!, windowMs: windowMs! }
}
