/**
 * A value made the first time it is asked for, then kept. For Intl objects: the first one a
 * page makes starts ICU (25–60 ms in Chromium here), which belongs in the render that needs it,
 * not in the evaluation of every module that imports the code making it.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined
  return () => (made ??= make())
}
