import { use, type ComponentType, type ReactPromise } from 'react'
import { loadChunk } from './chunk-load-error'

const ignore = () => undefined

/**
 * A route's page from its own chunk: the component to render, and `preload` to fetch the
 * chunk ahead of time. Unlike React.lazy, a page whose chunk is already in renders in the
 * same pass, without suspending for a frame: a preloaded page appears in the click's commit.
 */
export function lazyPage<Props extends object = object>(load: () => Promise<ComponentType<Props>>) {
  // What renders read. Once a render has asked, it is kept, failed or not: the page explains a
  // failed download, and only a reload asks again (the browser remembers the failure anyway).
  let forRender: ReactPromise<ComponentType<Props>> | undefined
  // A preload that fails leaves nothing behind, so a later render still tries for itself.
  let preloading: Promise<void> | undefined

  const download = () => {
    const promise = loadChunk(load)
    // Marked as React's use() marks a promise it has seen settle, so a preloaded page's first
    // use() reads it at once instead of suspending.
    promise.then(
      (component) => Object.assign(promise, { status: 'fulfilled', value: component }),
      ignore,
    )
    return promise
  }

  const pageForRender = () => (forRender ??= download())

  function LazyPage(props: Props) {
    const Page = use(pageForRender())
    return <Page {...props} />
  }

  /** Fetches the chunk in the background; a failure is left for the real render to report. */
  const preload = (): Promise<void> => {
    if (forRender) return Promise.resolve(forRender).then(ignore, ignore)
    preloading ??= (() => {
      const promise = download()
      return promise.then(
        () => {
          forRender ??= promise
        },
        () => {
          preloading = undefined
        },
      )
    })()
    return preloading
  }

  return { Page: LazyPage, preload }
}
