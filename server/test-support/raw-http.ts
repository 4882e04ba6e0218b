import { connect } from 'node:net'

/** One HTTP answer read off the wire; header names are lower-cased. */
export type RawAnswer = { status: number; headers: Record<string, string>; body: Buffer }

/**
 * Writes `request` byte for byte to a fresh connection and resolves with everything the
 * server sent until it closed the connection, so the request should say
 * `Connection: close`. node:http and fetch check and normalise the request target; a
 * hostile client does neither, so this is how to send what it would.
 */
export function sendRaw(
  origin: string,
  request: string | Buffer,
  timeoutMs = 10_000,
): Promise<Buffer> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    // Not end(): Node drops a request whose client half-closes before the answer.
    const socket = connect(Number(port), hostname, () => socket.write(request))
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`no close within ${timeoutMs} ms; got ${chunks.length} chunks`)),
    )
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A server that refuses a request may reset the connection once its answer is out:
      // what arrived before the reset is still the answer.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return
      reject(error)
    })
    socket.on('close', () => resolve(Buffer.concat(chunks)))
  })
}

/**
 * Splits a connection's bytes into answers, framed as HTTP/1.1 frames them: content-length,
 * chunked, or up to the close. The first answer is to `firstMethod`; any later one (a
 * request smuggled inside the first) is read as an answer to GET.
 */
export function parseAnswers(bytes: Buffer, firstMethod: string): RawAnswer[] {
  const answers: RawAnswer[] = []
  let offset = 0
  while (offset < bytes.length) {
    const headEnd = bytes.indexOf('\r\n\r\n', offset)
    if (headEnd === -1) throw new Error(`unterminated answer head: ${preview(bytes, offset)}`)
    const [statusLine = '', ...fields] = bytes
      .subarray(offset, headEnd)
      .toString('latin1')
      .split('\r\n')
    const match = /^HTTP\/1\.1 (\d{3})(?: |$)/.exec(statusLine)
    if (!match) throw new Error(`not an HTTP/1.1 status line: ${preview(bytes, offset)}`)
    const status = Number(match[1])
    const headers: Record<string, string> = {}
    for (const field of fields) {
      const colon = field.indexOf(':')
      headers[field.slice(0, colon).trim().toLowerCase()] = field.slice(colon + 1).trim()
    }
    const bodyStart = headEnd + 4
    const method = answers.length === 0 ? firstMethod : 'GET'
    let body: Buffer
    if (method === 'HEAD' || status === 204 || status === 304 || status < 200) {
      body = Buffer.alloc(0)
      offset = bodyStart
    } else if (headers['content-length'] !== undefined) {
      const length = Number(headers['content-length'])
      body = bytes.subarray(bodyStart, bodyStart + length)
      offset = bodyStart + length
    } else if (/\bchunked\b/i.test(headers['transfer-encoding'] ?? '')) {
      ;({ body, end: offset } = dechunk(bytes, bodyStart))
    } else {
      body = bytes.subarray(bodyStart)
      offset = bytes.length
    }
    answers.push({ status, headers, body })
  }
  return answers
}

function dechunk(bytes: Buffer, start: number): { body: Buffer; end: number } {
  const parts: Buffer[] = []
  let offset = start
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', offset)
    if (lineEnd === -1) throw new Error(`unterminated chunk size: ${preview(bytes, offset)}`)
    const size = parseInt(bytes.subarray(offset, lineEnd).toString('latin1'), 16)
    offset = lineEnd + 2
    if (size === 0) {
      // No trailers are sent by Node unless asked for: the body ends at the blank line.
      return { body: Buffer.concat(parts), end: bytes.indexOf('\r\n', offset) + 2 }
    }
    parts.push(bytes.subarray(offset, offset + size))
    offset += size + 2
  }
}

const preview = (bytes: Buffer, offset: number) =>
  JSON.stringify(bytes.subarray(offset, offset + 200).toString('latin1'))
