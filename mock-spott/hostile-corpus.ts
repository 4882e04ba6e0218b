/**
 * Strings people paste into a CRM, or an attacker plants there, to make a dashboard run
 * script. Plain data with no dependencies, so the mock's hostile fixture (hostile-data.ts),
 * the e2e XSS spec and the property tests (src/test/arbitraries.ts) share one list.
 *
 * Payloads set the global named by XSS_MARKER as well as calling alert(1): a dialog shows
 * that something ran, the marker also catches script that runs without a dialog (or after
 * `alert` was replaced). No string contains a word the property tests treat as a leaked
 * placeholder ("undefined", "null", "NaN", …), and none is longer than the list view keeps
 * in a shared link (200 characters).
 */

/** The global every payload sets when it runs: `window.__xss`, or `top.__xss` in a frame. */
export const XSS_MARKER = '__xss'

/** Markup, script and template syntax: wherever it lands, it must come out as text. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE opportunities; --",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'javascript:alert(1)',
  "<script>top.__xss='script';alert(1)</script>",
  '<img src=x onerror="top.__xss=\'img\';alert(1)">',
  '"><svg onload="top.__xss=\'svg\';alert(1)">',
  "'><svg/onload=top.__xss='svg-slash';alert(1)>",
  '" autofocus onfocus="top.__xss=\'attr-dq\';alert(1)" x="',
  "' onmouseover='top.__xss=\"attr-sq\";alert(1)' x='",
  "</title></textarea></style><script>top.__xss='close-tags';alert(1)</script>",
  '<iframe srcdoc="<script>top.__xss=\'srcdoc\';alert(1)</script>"></iframe>',
  '<a href="javascript:top.__xss=\'anchor\';alert(1)">open</a>',
  '<details open ontoggle="top.__xss=\'toggle\';alert(1)">',
  '<base href="//evil.example/"><meta http-equiv="refresh" content="0;url=//evil.example">',
  '<object data="javascript:top.__xss=\'object\';alert(1)"></object>',
  '<form><button formaction="javascript:top.__xss=\'form\';alert(1)">go</button></form>',
  '<math><a xlink:href="javascript:top.__xss=\'math\';alert(1)">x</a></math>',
  '{{constructor.constructor("top.__xss=\'angular\';alert(1)")()}}',
  "${top.__xss='template-literal',alert(1)}",
  "\u2028\u2029</script><script>top.__xss='line-separator';alert(1)</script>",
]

/** Links that must never become an href or src, unless as a plain http(s) one. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript://example.com/%0Aalert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/1',
  '//evil.example/path',
  '\\\\evil.example\\share',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  "javascript:top.__xss='js';alert(1)",
  "JAVASCRIPT:top.__xss='js-upper';alert(1)",
  "   \u0000\u001f javascript:top.__xss='js-control';alert(1)",
  "jav\tas\ncr\ript:top.__xss='js-split';alert(1)",
  "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;top.__xss='hex';alert(1)",
  "&#0000106&#0000097vascript:top.__xss='dec-padded';alert(1)",
  "javascript&colon;top.__xss='colon-entity';alert(1)",
  "%6Aavascript:top.__xss='percent';alert(1)",
  "data:text/html,<script>top.__xss='data-html';alert(1)</script>",
  'data:text/html;base64,PHNjcmlwdD50b3AuX194c3M9J2RhdGEtYmFzZTY0JzthbGVydCgxKTwvc2NyaXB0Pg==',
  "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='top.__xss=1;alert(1)'/>",
  'data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIG9ubG9hZD0ndG9wLl9feHNzPTE7YWxlcnQoMSknLz4=',
  'vbscript:msgbox("__xss")',
  'https://evil.example/"><svg onload="top.__xss=\'https-quote\';alert(1)">',
  '"onmouseover="top.__xss=\'mailto-quote\';alert(1)"@evil.example',
]

/**
 * Starts of paths that look root-relative (a leading `/`, as the demo's local avatars are)
 * but that a URL parser reads as protocol-relative, so they point at another host: a
 * backslash counts as a slash, and tabs and newlines are dropped. The fixture ends each with
 * the name of the field it is in, so a link or image made of one says where it came from.
 */
export const ORIGIN_ESCAPING_PATHS = ['/\\evil.example/', '/\t/evil.example/', '/\n/evil.example/']

/** True for a string of the fixture's origin-escaping record. */
export const isOriginEscapingPath = (value: string) =>
  ORIGIN_ESCAPING_PATHS.some((start) => value.startsWith(start))

/**
 * Keys of custom values with unknown shapes, which the dashboard shows as labels. Each is
 * already the way those labels are spelled (lower case, no `_` or `-` to turn into spaces),
 * so the label on screen is the key as sent.
 */
export const HOSTILE_KEYS = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
]

/** Every hostile string once, text first: what the fixture cycles through in every field. */
export const HOSTILE_STRINGS = [...new Set([...HOSTILE_TEXT, ...HOSTILE_URLS])]
