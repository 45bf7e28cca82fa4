import {
  type IncomingHttpHeaders,
  type RequestListener,
  type Server,
  createServer,
} from 'node:http'

export type RecordedRequest = { method: string; url: string; headers: IncomingHttpHeaders }

export type RecordingServer = {
  baseUrl: string
  requests: RecordedRequest[]
  close: () => Promise<void>
}

/**
 * A real HTTP server on 127.0.0.1 that records each request and answers with `respond`:
 * the stand-in for Handinger in the proxy's tests.
 */
export async function startRecordingServer(respond: RequestListener): Promise<RecordingServer> {
  const requests: RecordedRequest[] = []
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    respond(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('The server has no port.')
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
