import { type TaskId, type WorkerId, parseId } from '@/shared/ids'

/* Test fixtures name IDs as plain strings; these check and brand them as an entry point would. */

export function workerId(value: string): WorkerId {
  const id = parseId('worker', value)
  if (!id) throw new Error(`not a valid worker ID in a test: ${value}`)
  return id
}

export function taskId(value: string): TaskId {
  const id = parseId('task', value)
  if (!id) throw new Error(`not a valid task ID in a test: ${value}`)
  return id
}
