/**
 * A route's code failed to download: offline, or the dashboard was redeployed and the old
 * hashed file is gone. The browser remembers a failed module import for the page's
 * lifetime, so only a reload fetches it again.
 */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('Part of the dashboard’s code could not be downloaded.', { cause })
    this.name = 'ChunkLoadError'
  }
}

export const isChunkLoadError = (error: unknown): error is ChunkLoadError =>
  error instanceof ChunkLoadError

/** Wraps a route module's dynamic import so its failure can be told apart and explained. */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (cause) {
    throw new ChunkLoadError(cause)
  }
}
