import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

export type MachineInfo = {
  cpuCount: number
  cpuModel: string
  memoryGiB: number
  node: string
  chromium: string
  /** 1-minute load average when the measurements started and ended: a noise indicator. */
  loadAverage: { start: number; end: number | null }
  git: { commit: string; dirty: boolean } | null
}

export function readMachine(root: string): MachineInfo {
  const cpuList = cpus()
  return {
    cpuCount: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: 'unknown',
    loadAverage: { start: loadavg()[0]!, end: null },
    git: readGit(root),
  }
}

export const currentLoad = () => loadavg()[0]!

function readGit(root: string) {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
    return {
      commit: git('rev-parse', '--short', 'HEAD').trim(),
      // The bench's own report from an earlier run is not a change to what is measured.
      dirty: git('status', '--porcelain', '--', '.', ':!bench/latest.*').trim() !== '',
    }
  } catch {
    return null
  }
}
