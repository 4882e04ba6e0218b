import type { Config } from 'tailwindcss'

/**
 * Theme tokens. Loaded by src/index.css through `@config`. Stage colours have no source in
 * Spott (opportunity stages carry no colour), so they follow pipeline order: cool for early
 * stages, warm near closing, solid for closed stages.
 */
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: '#0f172a', muted: '#475569', faint: '#64748b' },
        surface: { DEFAULT: '#ffffff', sunken: '#f8fafc', line: '#e2e8f0' },
        brand: { DEFAULT: '#4338ca', strong: '#3730a3', soft: '#eef2ff' },
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
      },
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
} satisfies Config
