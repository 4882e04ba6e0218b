import { request } from 'node:http'

/**
 * `fetch` for Node-side code (the proxy) running inside a happy-dom test. There, the global
 * fetch is happy-dom's browser fetch, which applies the same-origin policy and sends cookies
 * and a Referer: the proxy would not talk to Spott as it does under Node. This one makes a
 * plain `node:http` request and returns the whole body.
 */
export function nodeHttpFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const url = input instanceof Request ? input.url : String(input)
  const { signal } = init
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const outgoing = request(
      url,
      { method: init.method ?? 'GET', headers: Object.fromEntries(new Headers(init.headers)) },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('error', reject)
        incoming.on('end', () => {
          const headers = new Headers()
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (value !== undefined)
              headers.set(name, Array.isArray(value) ? value.join(', ') : value)
          }
          resolve(
            new Response(new Uint8Array(Buffer.concat(chunks)), {
              status: incoming.statusCode ?? 0,
              headers,
            }),
          )
        })
      },
    )
    outgoing.on('error', reject)
    signal?.addEventListener(
      'abort',
      () => {
        reject(signal.reason)
        outgoing.destroy()
      },
      { once: true },
    )
    outgoing.end()
  })
}
