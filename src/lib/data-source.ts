import { useSyncExternalStore } from 'react'

/** Where the data on screen comes from: the proxy marks demo-mode responses with a header. */
export type DataSource = 'unknown' | 'demo' | 'spott'

let current: DataSource = 'unknown'
const listeners = new Set<() => void>()

export function reportDataSource(source: DataSource) {
  if (source === current) return
  current = source
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const useDataSource = () => useSyncExternalStore(subscribe, () => current)
