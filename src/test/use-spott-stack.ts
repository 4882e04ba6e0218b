import { setPageUrl } from './page-url'
import { startSpottStack, type SpottStack, type SpottStackOptions } from './spott-stack'

type UseSpottStackOptions = {
  options?: SpottStackOptions
  /** A stack of its own for each test, so a rate limit's window starts with the test. */
  perTest?: boolean
  /** Receives each stack as it starts, for the test file's own variable. */
  onStart: (stack: SpottStack) => void
}

/**
 * Starts a real proxy + mock Spott stack for the surrounding `describe` (or each test) and
 * opens the page at its origin. A shared stack's request log is cleared before each test.
 */
export function useSpottStack({ options, perTest = false, onStart }: UseSpottStackOptions) {
  let stack: SpottStack | undefined
  const [before, after] = perTest ? [beforeEach, afterEach] : [beforeAll, afterAll]
  before(async () => {
    stack = await startSpottStack(options)
    setPageUrl(`${stack.origin}/`)
    onStart(stack)
  })
  after(() => stack?.close())
  if (!perTest) {
    beforeEach(() => {
      stack!.upstreamRequests.length = 0
      stack!.upstreamResponses.length = 0
    })
  }
}
