// @vitest-environment node
import fc from 'fast-check'
import { parseJson } from '@/api/json-boundary'
import { type Worker, parseWorker } from '@/api/worker/schema'
import { MAX_SENSIBLE_FIGURE } from '@/shared/guards'
import { type Task, type Turn, parseTaskResponse, parseTurnsResponse } from '@/api/task/schema'
import { assistantTexts } from '@/components/panels/source-citations'
import { buildSearchIndex } from '@/components/search/search-index'
import { sourceCitations } from '@/api/worker/citation-scan'
import { workerStatus } from '@/api/worker/status'
import { workerId } from '@/test/ids'
import { firstWords, workerMarkdown } from '@/api/worker/transcript'
import { isRecord } from '@/shared/guards'
import { assertProperty, fuzzTimeout, reportFuzzRun } from './fuzz-settings'
import { wireText } from './wire-text'
import { taskBody, turnsBody } from './task-arbitraries'
import { workerBody } from './worker-arbitraries'

/*
 * Whatever the API sends, the parsers never throw and hand the panels only what their types
 * promise. Each body is parsed twice: as the client reads it (JSON text through parseJson, with
 * bare 1e400 and renamed prototype keys) and as the value itself (NaN, undefined, own
 * `__proto__` keys), which no JSON text can carry but a future caller might.
 */
reportFuzzRun('generated-parsing')

const RUNS = 200

function bothWays(body: unknown): unknown[] {
  return [body, parseJson(wireText(body))]
}

const isText = (value: unknown) => typeof value === 'string'
const isTextOrNull = (value: unknown) => value === null || typeof value === 'string'
/** A figure the page can show: finite, not negative, not absurdly large. */
const isCount = (value: unknown) =>
  typeof value === 'number' && value >= 0 && value <= MAX_SENSIBLE_FIGURE
const isCountOrNull = (value: unknown) => value === null || isCount(value)

function expectFigures(figures: Record<string, unknown> | null) {
  if (figures === null) return
  for (const value of Object.values(figures)) expect(isCount(value), `figure ${value}`).toBe(true)
}

/** What the panels rely on, checked on the value at run time rather than trusted from types. */
function expectWorkerShape(worker: Worker, problems: string[]) {
  expect(isText(worker.id) && worker.id !== '').toBe(true)
  expect(isTextOrNull(worker.rawStatus)).toBe(true)
  expect(typeof worker.running).toBe('boolean')
  expect(worker.createdAt === null || Number.isFinite(worker.createdAt)).toBe(true)
  expect(isTextOrNull(worker.url)).toBe(true)
  expect(Array.isArray(worker.messages)).toBe(true)
  expect(isText(worker.outputText)).toBe(true)
  for (const source of worker.sources) {
    expect(isText(source.id) && isTextOrNull(source.title) && isText(source.url)).toBe(true)
  }
  for (const file of worker.files) {
    expect(isTextOrNull(file.filename) && isText(file.mediaType) && isText(file.url)).toBe(true)
    expect(file.size === undefined || Number.isSafeInteger(file.size)).toBe(true)
  }
  expectFigures(worker.usage)
  expectFigures(worker.costs)
  expect(worker.metadata === null || isRecord(worker.metadata)).toBe(true)
  expect(problems.every(isText)).toBe(true)
}

function expectTaskShape(task: Task) {
  expect(isText(task.id) && isText(task.title) && isText(task.status)).toBe(true)
  for (const text of [
    task.workerId,
    task.triggeredBy,
    task.createdAt,
    task.completedAt,
    task.url,
  ]) {
    expect(isTextOrNull(text)).toBe(true)
  }
  const { credits, durationMs, turnCount } = task.totals
  expect([credits, durationMs, turnCount].every(isCountOrNull)).toBe(true)
}

function expectTurnsShape(turns: Turn[]) {
  turns.forEach((turn, index) => {
    expect(Number.isSafeInteger(turn.seq) && turn.seq >= 0).toBe(true)
    if (index > 0) expect(turn.seq).toBeGreaterThanOrEqual((turns[index - 1] as Turn).seq)
    for (const text of [turn.id, turn.role, turn.status, turn.input, turn.outputText]) {
      expect(isText(text)).toBe(true)
    }
    expect(isTextOrNull(turn.startedAt) && isTextOrNull(turn.completedAt)).toBe(true)
    const figures = [turn.durationMs, turn.credits, turn.inputTokens, turn.outputTokens]
    expect(figures.every(isCountOrNull)).toBe(true)
    for (const file of turn.files) {
      expect(isTextOrNull(file.filename) && isText(file.mediaType) && isText(file.url)).toBe(true)
      expect(file.size === undefined || Number.isSafeInteger(file.size)).toBe(true)
    }
  })
}

describe('generated worker bodies', () => {
  it(
    'parseWorker never throws and returns the promised shape, or null for a non-object',
    async () => {
      await assertProperty(
        fc.property(workerBody, (body) => {
          for (const raw of bothWays(body)) {
            const parsed = parseWorker(raw, 'wrk_fuzz')
            if (!isRecord(raw)) {
              expect(parsed).toBeNull()
              continue
            }
            if (!parsed) throw new Error('an object body must parse')
            expectWorkerShape(parsed.worker, parsed.problems)
          }
        }),
        RUNS,
      )
    },
    fuzzTimeout(RUNS, 20),
  )

  it(
    'what the page derives from a parsed worker never throws: status, title, citations, Markdown copy, search index',
    async () => {
      await assertProperty(
        fc.asyncProperty(workerBody, async (body) => {
          const parsed = parseWorker(parseJson(wireText(body)), 'wrk_fuzz')
          if (!parsed) return
          const { worker } = parsed
          const status = workerStatus(worker)
          expect(typeof status.active).toBe('boolean')
          expect(isText(firstWords(worker.messages))).toBe(true)
          const cited = sourceCitations(
            worker.outputText,
            assistantTexts(worker.messages),
            worker.sources,
          )
          expect(cited.counts).toHaveLength(worker.sources.length)
          const context = {
            workerId: workerId('wrk_fuzz'),
            taskId: null,
            status,
            link: 'https://x.test/',
          }
          expect(workerMarkdown(worker, context)).toContain('# Handinger run wrk_fuzz')
          expect(await buildSearchIndex(worker)).not.toBeNull()
        }),
        RUNS,
      )
    },
    fuzzTimeout(RUNS, 40),
  )
})

describe('generated task bodies', () => {
  it(
    'parseTaskResponse never throws; it reads both shapes and refuses a task without an id',
    async () => {
      await assertProperty(
        fc.property(taskBody, (body) => {
          for (const raw of bothWays(body)) {
            const parsed = parseTaskResponse(raw)
            const task = isRecord(raw) ? raw.task : undefined
            if (!isRecord(task) || typeof task.id !== 'string') {
              expect(parsed).toBeNull()
              continue
            }
            if (!parsed) throw new Error('a task with a string id must parse')
            expectTaskShape(parsed.task)
            expect(parsed.turns === null).toBe(!Array.isArray(isRecord(raw) && raw.turns))
            if (parsed.turns) expectTurnsShape(parsed.turns)
          }
        }),
        RUNS,
      )
    },
    fuzzTimeout(RUNS, 20),
  )

  it(
    'parseTurnsResponse never throws and returns turns in order, or null without a list',
    async () => {
      await assertProperty(
        fc.property(turnsBody, (body) => {
          for (const raw of bothWays(body)) {
            const turns = parseTurnsResponse(raw)
            if (!isRecord(raw) || !Array.isArray(raw.items)) {
              expect(turns).toBeNull()
              continue
            }
            if (!turns) throw new Error('a list of items must parse')
            expectTurnsShape(turns)
          }
        }),
        RUNS,
      )
    },
    fuzzTimeout(RUNS, 20),
  )
})
