import fc from 'fast-check'
import { setPageUrl } from '../test/page-url'
import { encodePathPart, linkToFragment } from './fragment-link'

test('is the page (origin and path) with the id as its fragment', () => {
  setPageUrl('https://dash.example/opportunities/opp_showcase')

  expect(linkToFragment('contact-ctc_james')).toBe(
    'https://dash.example/opportunities/opp_showcase#contact-ctc_james',
  )
})

test("leaves out the page's query string and its current fragment", () => {
  setPageUrl('https://dash.example:8443/opportunities/opp%201?from=list&stage=stg_won#next-task')

  expect(linkToFragment('contact-ctc_maria')).toBe(
    'https://dash.example:8443/opportunities/opp%201#contact-ctc_maria',
  )
})

test('encodes the id, so spaces, # and % survive the trip through a URL', () => {
  setPageUrl('https://dash.example/opportunities/opp_showcase')

  const link = linkToFragment('contact-a b#c%d/é')

  expect(link).toBe(
    'https://dash.example/opportunities/opp_showcase#contact-a%20b%23c%25d%2F%C3%A9',
  )
  expect(decodeURIComponent(new URL(link).hash.slice(1))).toBe('contact-a b#c%d/é')
})

test('any id comes back unchanged from the link it makes', () => {
  setPageUrl('https://dash.example/opportunities/opp_showcase')
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (id) => {
      const url = new URL(linkToFragment(id))

      expect(url.origin + url.pathname).toBe('https://dash.example/opportunities/opp_showcase')
      expect(url.search).toBe('')
      expect(decodeURIComponent(url.hash.slice(1))).toBe(id)
    }),
  )
})

test('an id with a broken character (a lone surrogate) still makes a link', () => {
  setPageUrl('https://dash.example/opportunities/opp_showcase')

  expect(() => encodeURIComponent('ctc_\ud800')).toThrow(URIError)
  expect(encodePathPart('ctc_\ud800')).toBe('ctc_%EF%BF%BD')
  expect(encodePathPart('ok_\ud83d\ude00')).toBe(encodeURIComponent('ok_\ud83d\ude00'))
  expect(linkToFragment('contact-\udc00x')).toBe(
    'https://dash.example/opportunities/opp_showcase#contact-%EF%BF%BDx',
  )
})
