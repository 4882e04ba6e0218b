import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

export type OutputFile = {
  /** Relative to the output folder, with `/`. */
  path: string
  /** The content as a browser gets it: `.br` and `.gz` files decompressed. */
  content: Buffer
}

/** Every file under `dir`, whatever its type; compressed copies are decompressed. */
export function readOutputFiles(dir: string): OutputFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name)
      const raw = readFileSync(full)
      // A copy that fails to decompress throws: it must not pass as scanned.
      const content = full.endsWith('.br')
        ? brotliDecompressSync(raw)
        : full.endsWith('.gz')
          ? gunzipSync(raw)
          : raw
      return { path: relative(dir, full).split('\\').join('/'), content }
    })
    .sort((a, b) => a.path.localeCompare(b.path))
}
