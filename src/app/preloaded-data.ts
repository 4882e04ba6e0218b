import type { QueryClient } from '@tanstack/react-query'
import { opportunityQueries } from '../features/opportunities/api/opportunity-queries'
import { opportunitySchema } from '../features/opportunities/api/opportunity-schema'
import { reportDataSource } from '../lib/data-source'

const PRELOAD_ID = 'spott-preload'

/** Whether the page came with a record (a deep link's page from the production server). */
export const hasPreloadedRecord = () => document.getElementById(PRELOAD_ID) !== null

/**
 * A deep link's page arrives with its record as inert JSON (server/deep-link-page.ts). Put
 * into the query cache before the router starts, the detail route finds its data there and
 * asks nothing more. Anything unexpected is ignored: the app then fetches as usual, and the
 * fetch reports any problem the normal way.
 */
export function seedPreloadedData(queryClient: QueryClient, pathname: string): boolean {
  const element = document.getElementById(PRELOAD_ID)
  if (!element) return false
  element.remove()
  const id = element.getAttribute('data-id') ?? ''
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id) || pathname !== `/opportunities/${id}`) return false
  let json: unknown
  try {
    json = JSON.parse(element.textContent)
  } catch {
    return false
  }
  const parsed = opportunitySchema.safeParse(json)
  if (!parsed.success) return false
  queryClient.setQueryData(opportunityQueries.detail(id).queryKey, parsed.data)
  // No API answer will carry the demo header on this page: the server marks the data instead.
  reportDataSource(element.getAttribute('data-demo') === '1' ? 'demo' : 'spott')
  return true
}
