import { errorResponse, jsonResponse } from '../responses'
import { type Scenario, type ScenarioRequest, workerResponse } from '../scenario'
import { buildWorker, unixSeconds, type WorkerSpec } from '../wire'
import { requestCounter } from './unreliable'

/*
 * The fault matrix: one worker per way the API can fail, `wrk_demo-fault-<name>`, for the worker
 * page's tests (src/routes/worker/*-faults.test.tsx) and for trying the page by hand. Faults
 * that change over time count the requests of a visit (the count starts again after 30 s of
 * quiet), like the rate-limited demo.
 */

export const FAULT_ANSWER = 'The last good answer of the fault drill.'

function drill(status: 'running' | 'completed'): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-20T08:00:00Z'),
    status,
    messages: [
      { id: 'msg_fault-1', role: 'user', parts: [{ type: 'text', text: 'Run the fault drill.' }] },
    ],
    outputText: `# Fault drill\n\n${FAULT_ANSWER}\n`,
    sources: [],
    files: [],
    usage: { credits: 3, durationMs: 1200 },
  }
}

/** What one request of a visit gets, by its number in the visit (1, 2, …). */
type Script = (count: number, request: ScenarioRequest) => Response

function scripted(now: () => number, script: Script): Scenario {
  const next = requestCounter(now)
  return { handle: (request) => script(next(), request), file: () => undefined }
}

const ok = (request: ScenarioRequest, status: 'running' | 'completed' = 'completed') =>
  workerResponse(drill(status), request)
const running = (request: ScenarioRequest) => ok(request, 'running')

/** A 200 labelled JSON whose body stops half-way: the connection drops mid-transfer. */
function cutBody(request: ScenarioRequest): Response {
  const full = workerResponseText(request)
  const bytes = new TextEncoder().encode(full.slice(0, Math.floor(full.length / 2)))
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes)
      // Let the first half leave before the connection breaks.
      setTimeout(() => controller.error(new Error('connection reset by the fault drill')), 50)
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  })
}

function workerResponseText(request: ScenarioRequest): string {
  const ctx = {
    workerId: request.workerId,
    selectedTaskId: request.taskId,
    fileUrl: request.fileUrl,
  }
  return JSON.stringify(buildWorker(drill('completed'), ctx))
}

/** Headers now, body after `ms`: longer than the page waits for an answer. */
function slowResponse(ms: number, request: ScenarioRequest): Response {
  const body = new TextEncoder().encode(workerResponseText(request))
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      setTimeout(() => {
        try {
          controller.enqueue(body)
          controller.close()
        } catch {
          // The page gave up and the stream is gone.
        }
      }, ms)
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  })
}

const BAD_GATEWAY_PAGE = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
`

const htmlError = () =>
  new Response(BAD_GATEWAY_PAGE, {
    status: 502,
    statusText: 'Bad Gateway',
    headers: { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' },
  })

/** Complete, but not JSON: single quotes and a trailing comma, braces balanced. */
const MALFORMED = "{'id': 'wrk_fault', 'status': 'completed', 'output_text': 'hi',}"
const malformed = () =>
  new Response(MALFORMED, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  })

/** A worker whose fields have drifted from what the app knows. */
function drifted(request: ScenarioRequest): Response {
  return jsonResponse({
    id: request.workerId,
    object: 'worker',
    created_at: '2026-07-20T08:00:00Z',
    status: 'paused_by_operator',
    running: 'no',
    messages: { first: 'not a list' },
    output_text: `# Fault drill\n\n${FAULT_ANSWER}\n`,
    sources: 'none',
    files: [
      { filename: 7, url: 'https://example.com/a.txt' },
      { filename: 'b.txt', url: 42 },
    ],
    usage: { credits: '12', durationMs: -5, totalTokens: 1.5 },
    metadata: ['not', 'an', 'object'],
    structured_output: { fine: true },
    error: null,
    incomplete_details: null,
  })
}

const rateLimited = (retryAfter: string | null) => () =>
  errorResponse(
    429,
    'Rate limit exceeded',
    retryAfter === null ? {} : { 'Retry-After': retryAfter },
  )

/**
 * Numbers written as text, so the digits survive: 2^64, beyond a double, -0, and a usage
 * figure of 1e308.
 */
function oddNumbers(request: ScenarioRequest): Response {
  const answer = JSON.stringify(`# Fault drill\n\n${FAULT_ANSWER}\n`)
  const id = JSON.stringify(request.workerId)
  const body = `{"id":${id},"object":"worker","status":"completed","running":false,"output_text":${answer},"structured_output":{"twoToThe64":18446744073709551616,"beyondDouble":1e400,"negativeZero":-0,"fine":1.5},"usage":{"credits":1e308,"durationMs":1200}}`
  return new Response(body, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  })
}

const ETAG = '"fault-drill-v1"'

/** Always the same running worker, with an ETag; an unchanged poll gets 304 Not Modified. */
function revalidated(request: ScenarioRequest): Response {
  if (request.ifNoneMatch === ETAG) {
    return new Response(null, { status: 304, headers: { ETag: ETAG, 'Cache-Control': 'no-cache' } })
  }
  const response = running(request)
  const headers = new Headers(response.headers)
  headers.set('ETag', ETAG)
  headers.set('Cache-Control', 'no-cache')
  return new Response(response.body, { status: 200, headers })
}

/** The first `n` requests of a visit get `failure`, the rest `then`. */
const firstFails =
  (n: number, failure: (count: number) => Response, then: (r: ScenarioRequest) => Response) =>
  (count: number, request: ScenarioRequest) =>
    count <= n ? failure(count) : then(request)

/** The first request has data (a running worker), every later one gets `failure`. */
const afterData = (failure: () => Response) => (count: number, request: ScenarioRequest) =>
  count === 1 ? running(request) : failure()

const FIVE_XX = [500, 502, 503, 504]

/** Every fault by its name; the worker ID is `wrk_demo-fault-<name>`. */
export function faultScripts(): Record<string, Script> {
  return {
    ok: (_count, request) => running(request),
    etag: (_count, request) => revalidated(request),
    '400': () => errorResponse(400, 'Invalid request'),
    '401': () => errorResponse(401, 'Invalid API key'),
    '403': () => errorResponse(403, 'This key cannot access this worker'),
    '400-after-data': afterData(() => errorResponse(400, 'Invalid request')),
    '401-after-data': afterData(() => errorResponse(401, 'Invalid API key')),
    '403-after-data': afterData(() => errorResponse(403, 'This key cannot access this worker')),
    '404-after-data': afterData(() => errorResponse(404, 'Worker not found')),
    '408': firstFails(1, () => errorResponse(408, 'Request timeout'), ok),
    timeout: (count, request) => (count === 1 ? slowResponse(45_000, request) : ok(request)),
    '429-seconds': firstFails(1, rateLimited('2'), ok),
    '429-date': firstFails(1, () => rateLimited(new Date(Date.now() + 3000).toUTCString())(), ok),
    '429-negative': firstFails(1, rateLimited('-30'), ok),
    '429-absurd': firstFails(1, rateLimited('99999999999'), ok),
    '429-missing': firstFails(1, rateLimited(null), ok),
    '5xx-burst': firstFails(
      4,
      (count) => errorResponse(FIVE_XX[count - 1] ?? 500, 'Upstream trouble'),
      ok,
    ),
    '5xx-always': () => errorResponse(503, 'Service unavailable'),
    '5xx-after-data': afterData(() => errorResponse(503, 'Service unavailable')),
    'cut-body': (count, request) => (count === 1 ? cutBody(request) : ok(request)),
    html: firstFails(1, htmlError, ok),
    malformed: () => malformed(),
    'malformed-after-data': (count, request) =>
      count === 1 ? running(request) : count <= 3 ? malformed() : running(request),
    drift: (_count, request) => drifted(request),
    numbers: (_count, request) => oddNumbers(request),
    'task-appears': (count, request) => {
      if (request.taskId === 'tsk_fault-never') return errorResponse(404, 'Task not found')
      if (request.taskId === 'tsk_fault-new' && count <= 2)
        return errorResponse(404, 'Task not found')
      return ok(request)
    },
  }
}

export function faultScenarios(now: () => number): [string, Scenario][] {
  return Object.entries(faultScripts()).map(([name, script]) => [
    `wrk_demo-fault-${name}`,
    scripted(now, script),
  ])
}
