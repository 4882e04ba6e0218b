import { z } from 'zod/mini'

/**
 * Imported first by main.tsx, before any schema is built: zod decides per schema, when it is
 * created, whether to compile a fast parser with `new Function`, and probes for eval to do
 * so. Under the Content-Security-Policy that `npm start` sends, that probe is a reported
 * violation on every page load; the plain parser is fast enough for these payloads.
 *
 * No locale is loaded (zod/mini ships none, so every issue's `message` is "Invalid input"):
 * describe-issues words problems from the issue codes, and zod's own messages never reach
 * a person, so English messages would only add weight to the bundle.
 */
z.config({ jitless: true })
