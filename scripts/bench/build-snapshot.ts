import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { onCleanup, runToCompletion } from './processes.ts'
import { progress } from './progress.ts'

export async function buildApp(root: string, timeoutMs: number) {
  progress('npm run build …')
  await runToCompletion('npm run build', 'npm', ['run', 'build'], {
    cwd: root,
    env: process.env,
    timeoutMs,
  })
}

/**
 * Copies dist/ and dist-server/ (without source maps) to a folder of this run, and returns
 * it: the production server runs from the copy, so a build someone else starts meanwhile
 * (which empties dist/) cannot pull files from under the measurement. The copy lives under
 * node_modules/, so dist-server's imports (zod) still resolve, and it has no .env files.
 */
export function snapshotBuild(root: string): string {
  for (const dir of ['dist', 'dist-server']) {
    if (!existsSync(join(root, dir))) {
      throw new Error(`${dir}/ is missing: run without --no-build, or run npm run build first.`)
    }
  }
  const snapshot = join(root, 'node_modules', '.cache', 'spott-bench', `run-${process.pid}`)
  rmSync(snapshot, { recursive: true, force: true })
  mkdirSync(snapshot, { recursive: true })
  onCleanup(() => rmSync(snapshot, { recursive: true, force: true }))
  const withoutMaps = (source: string) => !source.endsWith('.map')
  cpSync(join(root, 'dist'), join(snapshot, 'dist'), { recursive: true, filter: withoutMaps })
  cpSync(join(root, 'dist-server'), join(snapshot, 'dist-server'), { recursive: true })

  // A copy taken while another build was rewriting dist/ names files it does not hold.
  const html = readFileSync(join(snapshot, 'dist', 'index.html'), 'utf8')
  const referenced = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!)
  const missing = referenced.filter((path) => !existsSync(join(snapshot, 'dist', path)))
  if (referenced.length === 0 || missing.length > 0) {
    throw new Error(
      `dist/ looks incomplete (another build running?): index.html names ${missing.join(', ') || 'no assets'}`,
    )
  }
  if (!existsSync(join(snapshot, 'dist-server', 'server', 'start.js'))) {
    throw new Error('dist-server/server/start.js is missing: run npm run build.')
  }
  return snapshot
}
