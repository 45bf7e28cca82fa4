import fc from 'fast-check'
import { HttpResponse, http } from 'msw'
import { ApiError } from '@/api/api-error'
import { parseJson } from '@/api/json-boundary'
import { fetchWorker } from '@/api/worker/queries'
import { parseWorker } from '@/api/worker/schema'
import { fetchTask } from '@/api/task/queries'
import { parseTaskResponse } from '@/api/task/schema'
import { isRecord } from '@/shared/guards'
import { setupDemoServer } from '@/test/demo-server'
import { assertProperty, fuzzTimeout, reportFuzzRun } from './fuzz-settings'
import { wireText } from './wire-text'
import { taskBody, turnsBody } from './task-arbitraries'
import { workerBody } from './worker-arbitraries'
import { taskId, workerId } from '@/test/ids'

/*
 * The whole client path, as the page runs it: the generated body comes over HTTP (through the
 * test server), is read, decoded and parsed by apiFetch, and fetchWorker or fetchTask either
 * returns what the parser made of it or fails with the app's own ApiError, never anything else.
 */
reportFuzzRun('generated-fetch')

const RUNS = 100
const server = setupDemoServer()

/** This case's answers by path, in place of the last case's. */
function answer(texts: Record<string, string>) {
  server.resetHandlers()
  server.use(
    ...Object.entries(texts).map(([path, text]) =>
      http.get(
        `*${path}`,
        () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } }),
      ),
    ),
  )
}

async function outcome<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  try {
    return { value: await promise }
  } catch (error) {
    return { error }
  }
}

function expectShapeError(result: { error: unknown } | { value: unknown }) {
  if (!('error' in result)) throw new Error('a body that is not the right object must fail')
  expect(result.error).toBeInstanceOf(ApiError)
  expect(result.error).toMatchObject({ kind: 'invalid-shape' })
}

describe('generated bodies through the client', () => {
  it(
    'fetchWorker returns the parsed worker, or an invalid-shape ApiError',
    async () => {
      await assertProperty(
        fc.asyncProperty(workerBody, async (body) => {
          const text = wireText(body)
          answer({ '/api/workers/wrk_fuzz': text })
          const result = await outcome(fetchWorker(workerId('wrk_fuzz'), null))
          const expected = parseWorker(parseJson(text), 'wrk_fuzz')
          if (!expected) return expectShapeError(result)
          if ('error' in result) throw result.error
          expect(result.value.problems).toEqual(expected.problems)
          const { worker } = result.value
          expect([worker.id, worker.rawStatus, worker.outputText]).toEqual([
            expected.worker.id,
            expected.worker.rawStatus,
            expected.worker.outputText,
          ])
          expect(worker.messages).toHaveLength(expected.worker.messages.length)
        }),
        RUNS,
      )
    },
    fuzzTimeout(RUNS, 40),
  )

  it(
    'fetchTask returns the task with its turns from either shape, or an invalid-shape ApiError',
    async () => {
      await assertProperty(
        fc.asyncProperty(taskBody, turnsBody, async (body, turnsOnly) => {
          const text = wireText(body)
          const turnsText = wireText(turnsOnly)
          answer({ '/api/tasks/tsk_fuzz': text, '/api/tasks/tsk_fuzz/turns': turnsText })
          const result = await outcome(fetchTask(taskId('tsk_fuzz')))
          const expected = parseTaskResponse(parseJson(text))
          if (!expected) return expectShapeError(result)
          const turnsRaw = parseJson(turnsText)
          if (!expected.turns && !(isRecord(turnsRaw) && Array.isArray(turnsRaw.items))) {
            return expectShapeError(result)
          }
          if ('error' in result) throw result.error
          expect(result.value.task).toEqual(expected.task)
          expect(result.value.shape).toBe(expected.turns ? 'embedded' : 'separate')
        }),
        RUNS,
      )
    },
    fuzzTimeout(RUNS, 40),
  )
})
