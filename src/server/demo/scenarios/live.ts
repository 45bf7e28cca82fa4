import { watchWorkerPath } from '@/shared/watch-protocol'
import { served, textFile } from '../demo-files'
import { userMessage } from '../messages'
import { type Scenario, type ScenarioRequest, workerResponse } from '../scenario'
import { errorResponse } from '../responses'
import type { WorkerSpec } from '../wire'
import { liveCsv, liveReport, liveStructuredOutput } from './live-report'
import { type LiveDraft, liveBeats } from './live-script'

const LIVE_TASK_ID = 'tsk_demo-live'

const PENDING_SHARE = 0.15
// A finished run restarts after this much quiet, so the next visitor sees it live again.
const RESTART_AFTER_QUIET_MS = 60_000

const PROMPT =
  'Compare the heat-pump subsidies in Germany, France, Italy and the Netherlands for a 10 kW air-to-water heat pump replacing a gas boiler in a single-family house. Which country gives the most support, and how is it paid?'

const files = {
  csv: textFile('heat-pump-subsidies.csv', 'text/csv', liveCsv),
  report: textFile('heat-pump-subsidy-report.md', 'text/markdown', liveReport),
}

type Clock = { now: () => number; durationMs: number }

/*
 * Each visitor watches a run that starts at their first look. The start travels with the
 * browser in a cookie scoped to this worker's API path, so any server instance (a fresh edge
 * isolate, a second Node process) answers the same run. A client that keeps no cookies (curl,
 * the jsdom tests) falls back to the run this instance remembers: it starts at the first
 * request and restarts after a minute of quiet once finished.
 */
const RUN_COOKIE = 'demo_live_run'

export function liveScenario(clock: Clock): Scenario {
  let remembered: number | null = null
  let lastRequestAt = 0

  function rememberedStart(now: number): number {
    if (remembered === null) remembered = now
    const finished = now - remembered >= clock.durationMs
    if (finished && now - lastRequestAt >= RESTART_AFTER_QUIET_MS) remembered = now
    lastRequestAt = now
    return remembered
  }

  return {
    handle(request) {
      if (request.taskId !== null && request.taskId !== LIVE_TASK_ID) {
        return errorResponse(404, 'Task not found')
      }
      const now = clock.now()
      const carried = carriedStart(request.cookie, now, clock.durationMs)
      const startedAt = carried ?? rememberedStart(now)
      const response = workerResponse(
        liveSpec(Math.max(0, now - startedAt), clock.durationMs, startedAt),
        request,
      )
      if (carried === null) {
        for (const cookie of runCookies(request, startedAt, clock.durationMs)) {
          response.headers.append('Set-Cookie', cookie)
        }
      }
      return response
    },
    file: (name) => Object.values(files).find((f) => f.name === name),
  }
}

function liveSpec(elapsed: number, durationMs: number, startedAt: number): WorkerSpec {
  const base = {
    createdAt: Math.floor(startedAt / 1000),
    metadata: { scenario: 'live', restartsAfterQuietMs: RESTART_AFTER_QUIET_MS },
  }
  const user = userMessage('msg_live_user', PROMPT)
  const pendingMs = durationMs * PENDING_SHARE
  if (elapsed < pendingMs) {
    return { ...base, status: 'pending', messages: [user], outputText: '', sources: [], files: [] }
  }
  const done = elapsed >= durationMs
  const progress = (elapsed - pendingMs) / (durationMs - pendingMs)
  // While running at least one beat shows and the last one waits for completion.
  const beats = done ? liveBeats.length : 1 + Math.floor(progress * (liveBeats.length - 1))
  const draft: LiveDraft = { parts: [], sources: [], outputText: '' }
  for (const beat of liveBeats.slice(0, beats)) beat(draft)
  const assistant = { id: 'msg_live_assistant', role: 'assistant', parts: draft.parts }
  if (!done) {
    return {
      ...base,
      status: 'running',
      messages: [user, assistant],
      outputText: draft.outputText,
      sources: draft.sources,
      files: [],
    }
  }
  for (const part of draft.parts) if (part.type === 'text') part.state = 'done'
  return {
    ...base,
    status: 'completed',
    messages: [user, assistant],
    outputText: draft.outputText,
    sources: draft.sources,
    files: [served(files.report), served(files.csv)],
    structuredOutput: liveStructuredOutput,
    usage: { credits: 1840, durationMs },
  }
}

/** The run start a browser carries, if it is one this clock could have handed out. */
function carriedStart(cookie: string | null | undefined, now: number, durationMs: number) {
  const value = carriedValue(cookie)
  if (value === null) return null
  const startedAt = Number(value)
  const age = now - startedAt
  return age >= 0 && age < durationMs + RESTART_AFTER_QUIET_MS ? startedAt : null
}

function carriedValue(cookie: string | null | undefined): string | null {
  const value = cookie
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === RUN_COOKIE)?.[1]
  return value && /^\d{1,16}$/.test(value) ? value : null
}

/**
 * The run cookie a request carries, as a Cookie header of its own (`demo_live_run=…`), or null.
 * The live watch reads the demo on the visitor's behalf: it passes this on, and no other cookie.
 */
export function demoRunCookie(cookie: string | null | undefined): string | null {
  const value = carriedValue(cookie)
  return value === null ? null : `${RUN_COOKIE}=${value}`
}

/*
 * Kept until a minute after the run ends; then the next look starts a new run. Sent to this
 * worker's API path and to its live watch (shared/watch-protocol.ts), so both see one run.
 */
function runCookies(request: ScenarioRequest, startedAt: number, durationMs: number): string[] {
  const maxAge = Math.ceil((durationMs + RESTART_AFTER_QUIET_MS) / 1000)
  const workerId = encodeURIComponent(request.workerId)
  return [`/api/workers/${workerId}`, watchWorkerPath(workerId)].map(
    (path) =>
      `${RUN_COOKIE}=${startedAt}; Path=${path}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict`,
  )
}
