type HappyDomWindow = Window & { happyDOM?: { setURL: (url: string) => void } }

/**
 * Moves the happy-dom page to `url`, as if the app had been opened there: relative fetches
 * such as `/api/opportunities/1` then go to that origin, and requests to it are same-origin.
 */
export function setPageUrl(url: string) {
  const { happyDOM } = window as HappyDomWindow
  if (!happyDOM) throw new Error('setPageUrl needs the happy-dom test environment')
  happyDOM.setURL(url)
}
