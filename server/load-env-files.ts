import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEnv } from 'node:util'

/**
 * The environment as Vite's `loadEnv(mode)` sees it, without Vite: `.env`, `.env.local`,
 * `.env.[mode]`, `.env.[mode].local`, each overriding the one before, and the process
 * environment over all of them.
 */
export function loadEnvFiles(
  root: string,
  mode: string,
  processEnv: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  const merged: Record<string, string | undefined> = {}
  for (const name of ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`]) {
    const path = join(root, name)
    if (existsSync(path)) Object.assign(merged, parseEnv(readFileSync(path, 'utf8')))
  }
  return { ...merged, ...processEnv }
}
