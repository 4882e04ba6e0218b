/** Unpaired UTF-16 surrogates, which JSON may carry but encodeURIComponent throws on. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** encodeURIComponent that never throws: a broken character becomes U+FFFD. */
export const encodePathPart = (text: string) =>
  encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'))

/** A shareable link to an element of the current page: the page's path plus `#id`. */
export const linkToFragment = (id: string) =>
  `${window.location.origin}${window.location.pathname}#${encodePathPart(id)}`
