import { useEffect } from 'react'

export const APP_TITLE = 'Spott opportunities'

/**
 * Puts the page's subject first, so a tab or a pasted link preview says what it is. A page not
 * `shown` (drawn ahead, out of sight) leaves the title to the page that is.
 */
export function useDocumentTitle(subject: string | undefined, shown = true) {
  useEffect(() => {
    if (shown) document.title = subject ? `${subject} · ${APP_TITLE}` : APP_TITLE
  }, [subject, shown])
}
