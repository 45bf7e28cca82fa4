import type { IncomingMessage, OutgoingHttpHeaders, RequestListener } from 'node:http'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import {
  type RecordedRequest,
  type RecordingServer,
  startRecordingServer,
} from './recording-server'

export type FakeHandinger = {
  readonly baseUrl: string
  /** What reached it since the current test started. */
  readonly requests: RecordedRequest[]
  /** How it answers from now until the current test ends. */
  answer: (listener: RequestListener) => void
}

/**
 * The stand-in for Handinger in a server test file: one recording server for the whole file,
 * its record cleared and its answer reset to `standard` before each test, closed after the
 * last. Call it at the top of the file, so each test only states what the fake answers.
 */
export function setupFakeHandinger(standard: RequestListener = answerJson(200, {})): FakeHandinger {
  let server: RecordingServer | undefined
  let current = standard
  const started = () => {
    if (!server) throw new Error('The fake Handinger starts in beforeAll: use it inside a test.')
    return server
  }
  beforeAll(async () => {
    server = await startRecordingServer((req, res) => current(req, res))
  })
  afterAll(() => server?.close())
  beforeEach(() => {
    started().requests.length = 0
    current = standard
  })
  return {
    get baseUrl() {
      return started().baseUrl
    },
    get requests() {
      return started().requests
    },
    answer: (listener) => {
      current = listener
    },
  }
}

/**
 * Answers with `status` and a JSON body. A function is asked for the body of each request; a
 * string is sent as it is, byte for byte; anything else is serialized.
 */
export function answerJson(
  status: number,
  body: object | string | ((req: IncomingMessage) => unknown),
  headers: OutgoingHttpHeaders = {},
): RequestListener {
  return (req, res) => {
    const value = typeof body === 'function' ? body(req) : body
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
    res.end(typeof value === 'string' ? value : JSON.stringify(value))
  }
}

/** Takes the request and never answers; closing the fake after the file drops the connection. */
export const neverAnswer: RequestListener = () => {}

/** Answers with a redirect to `location`. */
export function redirectTo(location: string, status = 302): RequestListener {
  return (_req, res) => {
    res.writeHead(status, { Location: location })
    res.end()
  }
}

/** The base URL of a server that has just closed: nothing listens there, so connecting fails. */
export async function unreachableBaseUrl(): Promise<string> {
  const closed = await startRecordingServer((_req, res) => res.end())
  await closed.close()
  return closed.baseUrl
}
