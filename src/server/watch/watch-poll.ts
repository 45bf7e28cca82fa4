import { parseTaskResponse } from '@/api/task/schema'
import { parseWorker } from '@/api/worker/schema'
import { taskStatus, workerStatus } from '@/api/worker/status'
import { type WatchAnswer, type WatchTarget, watchedApiPaths } from '@/shared/watch-protocol'

/** One /api read for the watch's credential, through the same path as the browser's /api. */
export type ReadApi = (path: string) => Promise<WatchAnswer>

export type WatchPoll = {
  /** What the page's fetch of this view would have read: one answer, or a task and its turns. */
  answers: WatchAnswer[]
  /** What the status rule says of the run; null when the answers do not say (an error). */
  live: boolean | null
}

/*
 * One poll of a watched view, making the requests the page's own fetch makes (api/worker and
 * api/task queries): a worker read, or a task read followed by its /turns when the task answer
 * has none. Whether the run is live is decided by the page's parsers and status rule.
 */
export async function pollTarget(target: WatchTarget, read: ReadApi): Promise<WatchPoll> {
  if (target.kind === 'worker') {
    const answer = await read(watchedApiPaths.worker(target.workerId, target.taskId))
    const parsed = isOk(answer) ? parseWorker(bodyOf(answer), target.workerId) : null
    return { answers: [answer], live: parsed ? workerStatus(parsed.worker).active : null }
  }
  const answer = await read(watchedApiPaths.task(target.taskId))
  const parsed = isOk(answer) ? parseTaskResponse(bodyOf(answer)) : null
  if (!parsed) return { answers: [answer], live: null }
  const live = taskStatus(parsed.task.status).active
  if (parsed.turns !== null) return { answers: [answer], live }
  const turns = await read(watchedApiPaths.turns(target.taskId))
  return { answers: [answer, turns], live: isOk(turns) ? live : null }
}

export function isOk(answer: WatchAnswer): boolean {
  return answer.status >= 200 && answer.status < 300
}

function bodyOf(answer: WatchAnswer): unknown {
  try {
    return JSON.parse(answer.text)
  } catch {
    return null
  }
}
