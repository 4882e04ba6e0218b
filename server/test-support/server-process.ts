import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { within } from './http.ts'

/**
 * `npm start` as it really runs: the compiled server in a child process, configured only
 * through its environment and cwd, watched through stdout, stderr and its exit.
 */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export const STARTED = /Spott dashboard on (http:\/\/\S+)/

export type CompiledServer = { startJs: string; remove: () => void }

/**
 * `npm run build:server` compiles into dist-server/, which other runs (e2e, a second
 * Vitest) rewrite while they start: a child started from there could load a half-written
 * file. The same script, with only --outDir changed, builds a private copy instead. It
 * sits under node_modules/ so `zod` resolves as from dist-server/, and every tool ignores it.
 */
export async function compileProductionServer(label: string): Promise<CompiledServer> {
  const outDir = join(REPO_ROOT, 'node_modules/.tmp', `${label}-${process.pid}-${Date.now()}`)
  await promisify(execFile)('npm', ['run', 'build:server', '--', '--outDir', outDir], {
    cwd: REPO_ROOT,
    timeout: 120_000,
  })
  // package.json's "type": "module", which dist-server/ gets from the project folder.
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}\n')
  return {
    startJs: join(outDir, 'server/start.js'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  }
}

export type Exit = { code: number | null; signal: NodeJS.Signals | null }

export type ServerProcess = {
  proc: ChildProcess
  /** Everything the process wrote, from spawn to exit. */
  stdout: string
  stderr: string
  exit: Exit | undefined
  exited: Promise<Exit>
}

/** `node <startJs>` with only `env` (and PATH, PORT=0) in its environment. */
export function spawnProductionServer(
  startJs: string,
  env: Record<string, string>,
  cwd: string,
): ServerProcess {
  const proc = spawn(process.execPath, [startJs], {
    cwd,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const child: ServerProcess = { proc, stdout: '', stderr: '', exit: undefined, exited: undefined! }
  proc.stdout!.setEncoding('utf8').on('data', (text: string) => (child.stdout += text))
  proc.stderr!.setEncoding('utf8').on('data', (text: string) => (child.stderr += text))
  child.exited = new Promise((resolve) => {
    // 'close', not 'exit': it comes after stdout and stderr are drained.
    proc.on('close', (code, signal) => {
      child.exit = { code, signal }
      resolve(child.exit)
    })
  })
  return child
}

/** The origin the child printed, with a wildcard address replaced by loopback. */
export async function startedOrigin(child: ServerProcess, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms
  for (;;) {
    const match = STARTED.exec(child.stdout)
    if (match) {
      const url = new URL(match[1]!)
      if (url.hostname === '0.0.0.0' || url.hostname === '[::]') url.hostname = '127.0.0.1'
      return url.origin
    }
    if (child.exit) {
      throw new Error(`the server exited (${JSON.stringify(child.exit)}): ${child.stderr}`)
    }
    if (Date.now() > deadline) throw new Error(`the server did not start: ${child.stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export const exitOf = (child: ServerProcess, ms = 10_000) =>
  within(child.exited, ms, 'the server exiting')
