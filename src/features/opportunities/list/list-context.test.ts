import { readListContext, listContext } from './list-context'
import { DEFAULT_LIST_VIEW, readListView } from './list-view'

describe('readListContext', () => {
  test.each(['', '?q=acme', '?', '?status=open&sort=name&dir=desc', '?q=%26%3D%23'])(
    'accepts { listSearch: %j }',
    (listSearch) => {
      expect(readListContext({ listSearch })).toStrictEqual({ listSearch })
    },
  )

  test('returns only listSearch, dropping other keys of the state', () => {
    const context = readListContext({ listSearch: '?q=a', other: 1, key: 'abc' })
    expect(context).toStrictEqual({ listSearch: '?q=a' })
  })

  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', '?q=acme'],
    ['an empty string', ''],
    ['a number', 42],
    ['a boolean', true],
    ['an array', ['?q=acme']],
    ['an empty object', {}],
    ['an object without listSearch', { search: '?q=acme' }],
    ['listSearch: null', { listSearch: null }],
    ['listSearch: undefined', { listSearch: undefined }],
    ['listSearch: a number', { listSearch: 1 }],
    ['listSearch: an array', { listSearch: ['?q=a'] }],
    ['listSearch: an object', { listSearch: { q: 'a' } }],
    ['listSearch: a boxed string', { listSearch: Object('?q=a') }],
    ['listSearch: a URL', { listSearch: 'http://evil' }],
    ['listSearch: a protocol-relative URL', { listSearch: '//evil.example/?q=a' }],
    ['listSearch: a path', { listSearch: '/opportunities?q=a' }],
    ['listSearch: a fragment', { listSearch: '#top' }],
    ['listSearch: a query without "?"', { listSearch: 'q=acme' }],
    ['listSearch: a padded query', { listSearch: ' ?q=acme' }],
    ['listSearch: script', { listSearch: 'javascript:alert(1)' }],
  ])('rejects %s', (_label, state) => {
    expect(readListContext(state)).toBeUndefined()
  })
})

describe('listContext', () => {
  test('carries the view’s canonical query string', () => {
    expect(listContext(DEFAULT_LIST_VIEW)).toStrictEqual({ listSearch: '' })
    expect(listContext({ ...DEFAULT_LIST_VIEW, q: ' acme ', sort: 'name', dir: 'desc' })).toEqual({
      listSearch: '?q=acme&sort=name&dir=desc',
    })
  })

  test('what it writes is read back, and gives the same view', () => {
    const view = { ...DEFAULT_LIST_VIEW, q: 'zoë & co', owner: 'none', overdue: true }
    const context = readListContext(structuredClone(listContext(view)))

    expect(context).toBeDefined()
    expect(readListView(new URLSearchParams(context!.listSearch))).toStrictEqual(view)
  })
})
