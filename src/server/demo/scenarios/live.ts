import { served, textFile } from '../demo-files'
import { userMessage } from '../messages'
import { type Scenario, workerResponse } from '../scenario'
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

export function liveScenario(clock: Clock): Scenario {
  let startedAt: number | null = null
  let lastRequestAt = 0

  function elapsedNow(): number {
    const now = clock.now()
    if (startedAt === null) startedAt = now
    const finished = now - startedAt >= clock.durationMs
    if (finished && now - lastRequestAt >= RESTART_AFTER_QUIET_MS) startedAt = now
    lastRequestAt = now
    return Math.max(0, now - startedAt)
  }

  return {
    handle(request) {
      if (request.taskId !== null && request.taskId !== LIVE_TASK_ID) {
        return errorResponse(404, 'Task not found')
      }
      const elapsed = elapsedNow()
      return workerResponse(liveSpec(elapsed, clock.durationMs, startedAt ?? 0), request)
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
