import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Writes the demo avatars and company logos into public/demo/. Demo mode runs without
 * internet, so its pictures must be served locally; these are simple illustrated portraits.
 * Run again only to change them: npx tsx scripts/generate-demo-images.ts
 */
const out = join(import.meta.dirname, '..', 'public', 'demo')
const BACKGROUNDS = [
  '#c7d2fe',
  '#bbf7d0',
  '#fde68a',
  '#fbcfe8',
  '#bae6fd',
  '#ddd6fe',
  '#fed7aa',
  '#a7f3d0',
  '#e9d5ff',
  '#fecaca',
  '#bfdbfe',
  '#d9f99d',
]
const SKIN = ['#f1c7a5', '#e0ac84', '#c68642', '#8d5524', '#f6d7c3', '#a8714a']
const HAIR = ['#2d1b12', '#6b3e26', '#111827', '#b45309', '#9ca3af', '#3f2a1d']
const SHIRTS = ['#1e3a8a', '#065f46', '#7c2d12', '#334155', '#6d28d9', '#9f1239']

function portrait(n: number): string {
  const pick = (list: string[], salt: number) => list[(n * 7 + salt) % list.length]!
  const longHair = n % 3 !== 0
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96">
<rect width="96" height="96" fill="${pick(BACKGROUNDS, 0)}"/>
${longHair ? `<path d="M24 44c0-18 10-28 24-28s24 10 24 28v30H24z" fill="${pick(HAIR, 2)}"/>` : ''}
<path d="M14 96c2-18 16-26 34-26s32 8 34 26z" fill="${pick(SHIRTS, 3)}"/>
<rect x="41" y="56" width="14" height="16" rx="6" fill="${pick(SKIN, 1)}"/>
<ellipse cx="48" cy="44" rx="16" ry="19" fill="${pick(SKIN, 1)}"/>
<path d="M31 40c0-13 8-20 17-20s17 7 17 20c-5-7-11-10-17-10s-12 3-17 10z" fill="${pick(HAIR, 2)}"/>
<circle cx="42" cy="45" r="1.8" fill="#1f2937"/><circle cx="54" cy="45" r="1.8" fill="#1f2937"/>
<path d="M43 53c3 2.5 7 2.5 10 0" stroke="#7c2d12" stroke-width="1.8" fill="none" stroke-linecap="round"/>
</svg>
`
}

const LOGOS: Record<string, { colour: string; mark: string }> = {
  northwind: { colour: '#0f766e', mark: 'N' },
  helios: { colour: '#ca8a04', mark: 'H' },
  bluepeak: { colour: '#1d4ed8', mark: 'B' },
  quanta: { colour: '#7c3aed', mark: 'Q' },
  sakura: { colour: '#db2777', mark: '桜' },
  orbit: { colour: '#ea580c', mark: 'O' },
  lumen: { colour: '#334155', mark: 'L' },
}

function logo({ colour, mark }: { colour: string; mark: string }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect width="64" height="64" rx="14" fill="${colour}"/>
<circle cx="46" cy="18" r="7" fill="#ffffff" fill-opacity="0.35"/>
<text x="32" y="43" text-anchor="middle" font-family="system-ui, sans-serif" font-size="28" font-weight="700" fill="#ffffff">${mark}</text>
</svg>
`
}

mkdirSync(join(out, 'avatars'), { recursive: true })
mkdirSync(join(out, 'logos'), { recursive: true })
for (let n = 1; n <= 14; n++) {
  writeFileSync(join(out, 'avatars', `person-${String(n).padStart(2, '0')}.svg`), portrait(n))
}
for (const [slug, spec] of Object.entries(LOGOS))
  writeFileSync(join(out, 'logos', `${slug}.svg`), logo(spec))
console.log(`Wrote demo images to ${out}`)
