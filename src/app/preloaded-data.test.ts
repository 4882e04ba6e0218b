import { opportunityQueries } from '../features/opportunities/api/opportunity-queries'
import { opportunitySchema } from '../features/opportunities/api/opportunity-schema'
import { referenceOpportunity } from '../test/opportunity-json'
import { seedPreloadedData } from './preloaded-data'
import { createQueryClient } from './query-client'

/**
 * The browser's half of a deep link's page (server/deep-link-page.ts): the record the server
 * put into the page goes into the query cache, or, when anything about it is off, nowhere.
 */

const ID = 'opp_1'
const PATH = `/opportunities/${ID}`

function spottRecord(name = 'Acme renewal') {
  const record = referenceOpportunity()
  record.id = ID
  record.name = { viewType: 'opportunityName', name }
  return record
}

/** The element as the server writes it: `<` escaped, so no `</script>` can end it early. */
function preload(json: string, dataId: string | undefined = ID): HTMLScriptElement {
  const script = document.createElement('script')
  script.type = 'application/json'
  script.id = 'spott-preload'
  if (dataId !== undefined) script.setAttribute('data-id', dataId)
  script.textContent = json.replace(/</g, '\\u003c')
  document.getElementById('root')!.append(script)
  return script
}

const cachedDetail = (queryClient: ReturnType<typeof createQueryClient>, id = ID) =>
  queryClient.getQueryData(opportunityQueries.detail(id).queryKey)

beforeEach(() => {
  const root = document.createElement('div')
  root.id = 'root'
  const heading = document.createElement('h1')
  heading.textContent = 'Prerendered'
  root.append(heading)
  document.body.replaceChildren(root)
})

describe('seedPreloadedData', () => {
  it('puts the record into the detail query and removes the element', () => {
    const queryClient = createQueryClient()
    const record = spottRecord()
    const script = preload(JSON.stringify(record))

    expect(seedPreloadedData(queryClient, PATH)).toBe(true)

    expect(cachedDetail(queryClient)).toEqual(opportunitySchema.parse(record))
    expect(queryClient.getQueryState(opportunityQueries.detail(ID).queryKey)?.status).toBe(
      'success',
    )
    expect(script.isConnected).toBe(false)
    expect(document.getElementById('spott-preload')).toBeNull()
    // Only the data goes: the prerendered page stays until React renders over it.
    expect(document.querySelector('#root h1')?.textContent).toBe('Prerendered')
  })

  it('reads markup in the record back as the text Spott sent', () => {
    const queryClient = createQueryClient()
    const name = '</script><script>alert(1)</script><img src=x onerror=alert(1)> "\'&'
    preload(JSON.stringify(spottRecord(name)))

    expect(seedPreloadedData(queryClient, PATH)).toBe(true)
    expect(cachedDetail(queryClient)?.name.value).toBe(name)
    expect(document.querySelectorAll('script')).toHaveLength(0)
  })

  it("reads the element as the server's HTML has it", () => {
    const queryClient = createQueryClient()
    const json = JSON.stringify(spottRecord('<b>Acme</b>')).replace(/</g, '\\u003c')
    // Parsed as the browser parses the page, not built element by element.
    const page = new DOMParser().parseFromString(
      `<div id="root"><script type="application/json" id="spott-preload" data-id="${ID}">${json}</script></div>`,
      'text/html',
    )
    document
      .getElementById('root')!
      .append(document.adoptNode(page.getElementById('spott-preload')!))

    expect(seedPreloadedData(queryClient, PATH)).toBe(true)
    expect(cachedDetail(queryClient)?.name.value).toBe('<b>Acme</b>')
  })

  it.each([
    ['another id', '/opportunities/opp_2'],
    ['the list', '/opportunities'],
    ['a deeper path', `${PATH}/edit`],
    ['another page', '/'],
  ])('ignores a record for a different page (%s)', (_label, pathname) => {
    const queryClient = createQueryClient()
    const script = preload(JSON.stringify(spottRecord()))

    expect(seedPreloadedData(queryClient, pathname)).toBe(false)

    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    expect(script.isConnected).toBe(false)
  })

  it('ignores a record whose data-id does not match the path', () => {
    const queryClient = createQueryClient()
    const script = preload(JSON.stringify(spottRecord()), 'opp_2')

    expect(seedPreloadedData(queryClient, PATH)).toBe(false)

    expect(cachedDetail(queryClient)).toBeUndefined()
    expect(cachedDetail(queryClient, 'opp_2')).toBeUndefined()
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    expect(script.isConnected).toBe(false)
  })

  it.each([
    ['empty', ''],
    ['truncated', JSON.stringify(spottRecord()).slice(0, 40)],
    ['not JSON', '<h1>Acme</h1>'],
    ['JavaScript, not JSON', "{ id: 'opp_1' }"],
  ])('ignores text that is %s', (_label, text) => {
    const queryClient = createQueryClient()
    const script = preload(text)

    expect(seedPreloadedData(queryClient, PATH)).toBe(false)

    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    expect(script.isConnected).toBe(false)
  })

  it.each([
    ['null', null],
    ['an array', [spottRecord()]],
    ['a record without its name', { ...spottRecord(), name: undefined }],
    ['a record with a numeric id', { ...spottRecord(), id: 1 }],
    ['a record whose stage is text', { ...spottRecord(), stage: 'Qualified' }],
    ["Spott's error body", { message: 'Opportunity not found' }],
  ])('ignores JSON that is not an opportunity: %s', (_label, value) => {
    const queryClient = createQueryClient()
    const script = preload(JSON.stringify(value))

    expect(seedPreloadedData(queryClient, PATH)).toBe(false)

    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    expect(script.isConnected).toBe(false)
  })

  it('returns false and touches nothing when the page has no record', () => {
    const queryClient = createQueryClient()
    const before = document.body.innerHTML

    expect(seedPreloadedData(queryClient, PATH)).toBe(false)

    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    expect(document.body.innerHTML).toBe(before)
  })

  it('seeds once: a second call finds nothing', () => {
    const queryClient = createQueryClient()
    preload(JSON.stringify(spottRecord()))

    expect(seedPreloadedData(queryClient, PATH)).toBe(true)
    expect(seedPreloadedData(queryClient, PATH)).toBe(false)
    expect(cachedDetail(queryClient)?.name.value).toBe('Acme renewal')
  })
})
