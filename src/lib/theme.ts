import { useState } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark'

const STORAGE_KEY = 'spott-dashboard:theme'
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']

/** The remembered choice; storage may be unavailable (private mode, blocked cookies). */
export function readThemeChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return CHOICES.find((choice) => choice === stored) ?? 'system'
  } catch {
    return 'system'
  }
}

/** "system" leaves the colours to prefers-color-scheme (see tailwind.config.ts). */
export function applyThemeChoice(choice: ThemeChoice) {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme')
  else document.documentElement.setAttribute('data-theme', choice)
}

export function useThemeChoice() {
  const [choice, setChoice] = useState(readThemeChoice)
  const choose = (next: ThemeChoice) => {
    setChoice(next)
    applyThemeChoice(next)
    try {
      if (next === 'system') localStorage.removeItem(STORAGE_KEY)
      else localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Not remembered, but still applied for this visit.
    }
  }
  return [choice, choose] as const
}
