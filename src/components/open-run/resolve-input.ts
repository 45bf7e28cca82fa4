import { parseTarget, taskResolveHref, workerHref } from '@/config/paths'
import { parseId } from '@/shared/ids'

/*
 * What a pasted value opens. The rule for bare IDs: one that starts with "tsk_" is a task ID
 * and is resolved to its worker through the task endpoint (the /tasks/:taskId route); any
 * other bare ID is a worker ID. URLs of this app's /tasks/:taskId page do the same.
 */
export const TASK_PREFIX = 'tsk_'

const TASK_PATH = /^\/tasks\/([^/]+)\/?$/

export type Resolved = { ok: true; href: string } | { ok: false; message: string }

export function resolveInput(input: string): Resolved {
  const text = input.trim()
  const bareTaskId = text.startsWith(TASK_PREFIX) ? parseId('task', text) : null
  if (bareTaskId) return { ok: true, href: taskResolveHref(bareTaskId) }
  try {
    const taskId = parseId('task', TASK_PATH.exec(new URL(text).pathname)?.[1])
    if (taskId) return { ok: true, href: taskResolveHref(taskId) }
  } catch {
    // Not a URL: the worker rules below explain what is wrong.
  }
  const result = parseTarget(text)
  if (!result.ok) return result
  return { ok: true, href: workerHref(result.target.workerId, result.target.taskId) }
}
