import { useThemeChoice, type ThemeChoice } from '../lib/theme'

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' }

export function ThemeSelect() {
  const [choice, choose] = useThemeChoice()
  return (
    <label className="flex items-center gap-2 text-sm text-ink-muted">
      <span className="sr-only sm:not-sr-only">Theme</span>
      <select
        value={choice}
        onChange={(event) => choose(event.target.value as ThemeChoice)}
        className="rounded-md bg-surface px-2 py-1 text-ink ring-1 ring-surface-line ring-inset"
      >
        {Object.entries(LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  )
}
