import { useEffect } from 'react'

export const APP_TITLE = 'Spott opportunities'

/** Puts the page's subject first, so a tab or a pasted link preview says what it is. */
export function useDocumentTitle(subject: string | undefined) {
  useEffect(() => {
    document.title = subject ? `${subject} · ${APP_TITLE}` : APP_TITLE
  }, [subject])
}
