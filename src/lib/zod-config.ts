import { z } from 'zod'

/**
 * Imported first by main.tsx, before any schema is built: zod decides per schema, when it is
 * created, whether to compile a fast parser with `new Function`, and probes for eval to do
 * so. Under the Content-Security-Policy that `npm start` sends, that probe is a reported
 * violation on every page load; the plain parser is fast enough for these payloads.
 */
z.config({ jitless: true })
