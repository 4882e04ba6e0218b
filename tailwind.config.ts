import type { Config } from 'tailwindcss'
import plugin from 'tailwindcss/plugin'

/**
 * Theme tokens, loaded by src/index.css through `@config`. Every colour has a light and a
 * dark value; utilities read them through CSS variables, so components need no `dark:`
 * variants and the theme toggle only flips `data-theme` on <html>.
 *
 * Stage colours have no source in Spott (opportunity stages carry no colour), so they follow
 * pipeline order: cool for early stages, warm near closing, solid for closed stages.
 */
type Palette = Record<string, Record<string, string>>

const light: Palette = {
  ink: { DEFAULT: '#0f172a', muted: '#475569', faint: '#5b677a' },
  surface: { DEFAULT: '#ffffff', sunken: '#f8fafc', line: '#e2e8f0' },
  brand: { DEFAULT: '#4338ca', strong: '#3730a3', soft: '#eef2ff' },
  link: { DEFAULT: '#4338ca' },
  'on-fill': { DEFAULT: '#ffffff' },
  danger: { DEFAULT: '#b91c1c', soft: '#fef2f2' },
  warning: { DEFAULT: '#92400e', soft: '#fffbeb' },
  ai: { DEFAULT: '#7e22ce', soft: '#faf5ff' },
  stage: {
    '1-soft': '#e0f2fe',
    '1-strong': '#075985',
    '2-soft': '#cffafe',
    '2-strong': '#155e75',
    '3-soft': '#e0e7ff',
    '3-strong': '#3730a3',
    '4-soft': '#ede9fe',
    '4-strong': '#5b21b6',
    '5-soft': '#fef3c7',
    '5-strong': '#92400e',
    '6-soft': '#ffedd5',
    '6-strong': '#9a3412',
    won: '#047857',
    lost: '#be123c',
    closed: '#475569',
  },
  avatar: {
    '1-soft': '#dbeafe',
    '1-strong': '#1e40af',
    '2-soft': '#dcfce7',
    '2-strong': '#166534',
    '3-soft': '#fae8ff',
    '3-strong': '#86198f',
    '4-soft': '#ffedd5',
    '4-strong': '#9a3412',
    '5-soft': '#e0f2fe',
    '5-strong': '#075985',
    '6-soft': '#fce7f3',
    '6-strong': '#9d174d',
    '7-soft': '#ecfccb',
    '7-strong': '#3f6212',
    '8-soft': '#f1f5f9',
    '8-strong': '#334155',
  },
}

const dark: Palette = {
  ink: { DEFAULT: '#e2e8f0', muted: '#aab6c8', faint: '#8e9bb0' },
  surface: { DEFAULT: '#131c2e', sunken: '#0b1120', line: '#2a3548' },
  brand: { DEFAULT: '#4f46e5', strong: '#4338ca', soft: '#1e1b4b' },
  link: { DEFAULT: '#a5b4fc' },
  'on-fill': { DEFAULT: '#ffffff' },
  danger: { DEFAULT: '#fca5a5', soft: '#3f0d0d' },
  warning: { DEFAULT: '#fcd34d', soft: '#3a1d05' },
  ai: { DEFAULT: '#d8b4fe', soft: '#2e1048' },
  stage: {
    '1-soft': '#0c3552',
    '1-strong': '#bae6fd',
    '2-soft': '#0b3b47',
    '2-strong': '#a5f3fc',
    '3-soft': '#232863',
    '3-strong': '#c7d2fe',
    '4-soft': '#2e1d63',
    '4-strong': '#ddd6fe',
    '5-soft': '#452a06',
    '5-strong': '#fde68a',
    '6-soft': '#4a2308',
    '6-strong': '#fed7aa',
    won: '#047857',
    lost: '#be123c',
    closed: '#475569',
  },
  avatar: {
    '1-soft': '#1e3a8a',
    '1-strong': '#dbeafe',
    '2-soft': '#14532d',
    '2-strong': '#dcfce7',
    '3-soft': '#701a75',
    '3-strong': '#fae8ff',
    '4-soft': '#7c2d12',
    '4-strong': '#ffedd5',
    '5-soft': '#0c4a6e',
    '5-strong': '#e0f2fe',
    '6-soft': '#831843',
    '6-strong': '#fce7f3',
    '7-soft': '#365314',
    '7-strong': '#ecfccb',
    '8-soft': '#334155',
    '8-strong': '#f1f5f9',
  },
}

const variable = (group: string, shade: string) =>
  `--tok-${group}${shade === 'DEFAULT' ? '' : `-${shade}`}`

/** { ink: { muted: 'var(--tok-ink-muted)' } }: what the utilities use. */
const colors = Object.fromEntries(
  Object.entries(light).map(([group, shades]) => [
    group,
    Object.fromEntries(
      Object.keys(shades).map((shade) => [shade, `var(${variable(group, shade)})`]),
    ),
  ]),
)

/** { '--tok-ink-muted': '#475569' }: the values behind them, per theme. */
const variables = (palette: Palette) =>
  Object.fromEntries(
    Object.entries(palette).flatMap(([group, shades]) =>
      Object.entries(shades).map(([shade, value]) => [variable(group, shade), value]),
    ),
  )

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors,
      fontFamily: {
        // System fonts only: nothing render-blocking to download.
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Noto Sans"',
          '"Noto Sans CJK JP"',
          'sans-serif',
        ],
      },
    },
  },
  plugins: [
    plugin(({ addBase }) => {
      // The system's preference unless the person chose a theme (data-theme on <html>).
      addBase({
        ':root': { ...variables(light), 'color-scheme': 'light' },
        '@media (prefers-color-scheme: dark)': {
          ':root:not([data-theme="light"])': { ...variables(dark), 'color-scheme': 'dark' },
        },
        ':root[data-theme="dark"]': { ...variables(dark), 'color-scheme': 'dark' },
      })
    }),
  ],
} satisfies Config
