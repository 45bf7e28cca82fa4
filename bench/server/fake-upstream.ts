import { createServer } from 'node:http'

/**
 * A stand-in for Handinger: one running worker, answered after `latencyMs`, requests counted.
 * With `changeEveryMs` its answer changes that often (a step counter), as a live run's does.
 */
export async function startFakeUpstream(latencyMs: number, bodyBytes: number, changeEveryMs = 0) {
  const text = 'The agent is still working. '.repeat(Math.ceil(bodyBytes / 28)).slice(0, bodyBytes)
  const startedAt = Date.now()
  const worker = (extra: object) =>
    JSON.stringify({
      id: 'wrk_bench',
      object: 'worker',
      status: 'running',
      running: true,
      output_text: text,
      ...extra,
    })
  const fixed = worker({})
  const body = () =>
    changeEveryMs
      ? worker({ metadata: { step: Math.floor((Date.now() - startedAt) / changeEveryMs) } })
      : fixed
  let requests = 0
  const server = createServer((_req, res) => {
    requests++
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(body())
    }, latencyMs)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
