import { queryOptions } from '@tanstack/react-query'
import { ApiError } from '@/api/api-error'
import { apiFetch } from '@/api/client'
import { errorBodyMessage } from '@/api/error-body'
import { isRecord } from '@/shared/guards'
import type { TaskId, WorkerId } from '@/shared/ids'
import type { SnapshotParts, SnapshotSummary } from '@/shared/snapshot-options'
import { type Snapshot, parseSnapshot, parseSummaries, parseSummary } from './snapshot-schema'

/*
 * Snapshot links on our own server (/_app/snapshots): read by anyone with the ID, made, listed
 * and revoked by people signed in. The server decides what a snapshot may hold; the page only
 * says which parts were chosen.
 */
export const snapshotQueries = {
  all: () => ['snapshots'] as const,
  list: () =>
    queryOptions({
      queryKey: [...snapshotQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        apiFetch({
          path: ['_app', 'snapshots'],
          signal,
          parse: (raw) => parseSummaries(raw) ?? unreadable(),
        }),
    }),
  detail: (snapshotId: string) =>
    queryOptions({
      queryKey: [...snapshotQueries.all(), 'detail', snapshotId] as const,
      queryFn: ({ signal }): Promise<Snapshot> =>
        apiFetch({
          path: ['_app', 'snapshots', snapshotId],
          signal,
          parse: (raw) => parseSnapshot(raw) ?? unreadable(),
        }),
      // A snapshot never changes; it only goes away.
      staleTime: Number.POSITIVE_INFINITY,
    }),
}

export type SnapshotRequest = {
  workerId: WorkerId
  taskId: TaskId | null
  parts: SnapshotParts
  expiresInSeconds: number
}

/**
 * Reads the run as the API gives it (the very shapes the server checks and the snapshot page
 * parses), then asks the server to keep the chosen parts of it.
 */
export async function createSnapshot(request: SnapshotRequest): Promise<SnapshotSummary> {
  const { workerId, taskId, parts, expiresInSeconds } = request
  const asIs = (raw: unknown) => raw
  const [worker, task] = await Promise.all([
    apiFetch({ path: ['api', 'workers', workerId], query: { taskId }, parse: asIs }),
    taskId ? rawTask(taskId) : null,
  ])
  const response = await send('/_app/snapshots', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ worker, task, parts, expiresInSeconds }),
  })
  return parseSummary(await response.json()) ?? unreadable()
}

export async function revokeSnapshot(snapshotId: string): Promise<void> {
  await send(`/_app/snapshots/${encodeURIComponent(snapshotId)}`, { method: 'DELETE' })
}

/** `{ task, turns }`, with the turns fetched apart where the API keeps them apart. */
async function rawTask(taskId: TaskId): Promise<unknown> {
  const asIs = (raw: unknown) => raw
  const task = await apiFetch({ path: ['api', 'tasks', taskId], parse: asIs })
  if (!isRecord(task) || Array.isArray(task.turns)) return task
  const turns = await apiFetch({ path: ['api', 'tasks', taskId, 'turns'], parse: asIs })
  return { ...task, turns: isRecord(turns) && Array.isArray(turns.items) ? turns.items : [] }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let response: Response
  try {
    response = await fetch(new URL(path, window.location.origin).href, {
      ...init,
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiError('network', 'Could not reach the server. Check your connection.')
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '')
    throw new Error(errorBodyMessage(text, `The server answered ${response.status}.`))
  }
  return response
}

function unreadable(): never {
  throw new ApiError('invalid-shape', 'The server’s answer about snapshots could not be read.')
}
