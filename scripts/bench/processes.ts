import { spawn, type ChildProcess } from 'node:child_process'
import { progress } from './progress.ts'

/**
 * Everything the bench starts, and how to stop it: child processes (each the leader of its
 * own process group, so `tsx` and its node child, or Chromium and its helpers, stop
 * together) and in-process resources (servers, the browser) registered with `onCleanup`.
 */
const children = new Set<ChildProcess>()
const cleanups: (() => Promise<void> | void)[] = []

export type Started = {
  name: string
  pid: number
  /** The lines it printed so far (stdout and stderr), newest last, at most 200. */
  lines: () => string[]
  /** Resolves with the first match of `pattern` in its output; rejects if it exits first. */
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<RegExpMatchArray>
  exited: Promise<number | null>
  stop: () => Promise<void>
}

export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`)
  children.add(child)
  const pid = child.pid
  const lines: string[] = []
  const listeners = new Set<(line: string) => void>()
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child)
      resolve(code ?? (signal ? 128 : null))
    })
    child.once('error', () => {
      children.delete(child)
      resolve(null)
    })
  })
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = ''
    // Always read: a child whose pipe fills up blocks on its next log line.
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => {
      buffered += chunk
      const complete = buffered.split('\n')
      buffered = complete.pop() ?? ''
      for (const line of complete) {
        lines.push(line)
        if (lines.length > 200) lines.shift()
        for (const listener of listeners) listener(line)
      }
    })
  }

  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const seen = lines.map((line) => line.match(pattern)).find(Boolean)
      if (seen) return resolve(seen)
      const finish = (error?: Error, match?: RegExpMatchArray) => {
        clearTimeout(timer)
        listeners.delete(onLine)
        if (error) reject(error)
        else resolve(match!)
      }
      const onLine = (line: string) => {
        const match = line.match(pattern)
        if (match) finish(undefined, match)
      }
      const timer = setTimeout(
        () => finish(new Error(`${name} did not print ${pattern} within ${timeoutMs} ms`)),
        timeoutMs,
      )
      listeners.add(onLine)
      void exited.then((code) =>
        finish(
          new Error(
            `${name} exited (${code}) before printing ${pattern}:\n${lines.slice(-20).join('\n')}`,
          ),
        ),
      )
    })

  const stop = async () => {
    if (!children.has(child)) return
    signalGroup(pid, 'SIGTERM')
    const killed = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 3000)),
    ])
    if (killed) signalGroup(pid, 'SIGKILL')
    // Helpers of the group (Chromium's zygote) may outlive the leader by a moment.
    signalGroup(pid, 'SIGKILL')
  }
  return { name, pid, lines: () => [...lines], waitFor, exited, stop }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

/** Runs a command to completion with its output on stderr; rejects on failure or timeout. */
export async function runToCompletion(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<void> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', process.stderr, process.stderr],
  })
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`)
  children.add(child)
  const pid = child.pid
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      signalGroup(pid, 'SIGKILL')
      reject(new Error(`${name} took longer than ${options.timeoutMs / 1000} s`))
    }, options.timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('exit', (exitCode, signal) => {
      clearTimeout(timer)
      resolve(exitCode ?? (signal ? 128 : null))
    })
  }).finally(() => children.delete(child))
  if (code !== 0) throw new Error(`${name} failed (exit code ${code})`)
}

/** Registers something to undo at the end (last registered, first undone). */
export function onCleanup(cleanup: () => Promise<void> | void) {
  cleanups.push(cleanup)
}

let cleaning: Promise<void> | undefined

/** Undoes everything registered, then stops every child still running. Bounded to ~10 s. */
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    const work = (async () => {
      for (const cleanup of cleanups.splice(0).reverse()) {
        try {
          await cleanup()
        } catch (error) {
          progress(`cleanup: ${error instanceof Error ? error.message : String(error)}`)
        }
      }
      // Whatever is still running (a build cut short): asked first, then killed.
      for (const child of children) {
        if (child.pid !== undefined) signalGroup(child.pid, 'SIGTERM')
      }
      for (let waited = 0; children.size > 0 && waited < 3000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()
    await Promise.race([work, new Promise((resolve) => setTimeout(resolve, 10_000))])
    killEverythingNow()
  })()
  return cleaning
}

/** Last resort, synchronous (for process 'exit'): SIGKILL every child's process group. */
export function killEverythingNow() {
  for (const child of children) {
    if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL')
  }
  children.clear()
}
