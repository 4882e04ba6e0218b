import { createContext, useContext } from 'react'

/**
 * Gets a deal's page ready out of sight, its data and code already in, so that opening it next
 * only reveals it (see app/opportunities-layout.tsx). Where no layout provides it, there is
 * nowhere to prepare a page, and it does nothing.
 */
export const PrepareDetailContext = createContext<(id: string) => void>(() => undefined)

export const usePrepareDetail = () => useContext(PrepareDetailContext)
