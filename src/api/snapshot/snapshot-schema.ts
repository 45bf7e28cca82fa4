import { type Task, type Turn, parseTaskResponse } from '@/api/task/schema'
import { type ParsedWorker, parseWorker } from '@/api/worker/schema'
import { type Guard, NOT, array, finiteNumber, isRecord, or, string } from '@/shared/guards'
import type { SnapshotParts, SnapshotSummary } from '@/shared/snapshot-options'

/* What the server answers about snapshot links, read with the same guards as every response. */
export type Snapshot = SnapshotSummary & {
  parts: SnapshotParts
  run: ParsedWorker & { task: { task: Task; turns: Turn[] } | null }
}

export function parseSummary(raw: unknown): SnapshotSummary | null {
  if (!isRecord(raw)) return null
  const id = string(raw.id)
  const title = string(raw.title)
  const by = string(raw.by)
  const createdAt = finiteNumber(raw.createdAt)
  const expiresAt = finiteNumber(raw.expiresAt)
  if (id === NOT || title === NOT || by === NOT || createdAt === NOT || expiresAt === NOT) {
    return null
  }
  return { id, title, by, createdAt, expiresAt }
}

export function parseSnapshot(raw: unknown): Snapshot | null {
  const summary = parseSummary(raw)
  if (!summary || !isRecord(raw)) return null
  const parsed = parseWorker(raw.worker, summary.title)
  if (!parsed) return null
  const task = parseTaskResponse(raw.task)
  const chosen = isRecord(raw.parts) ? raw.parts : {}
  const parts: SnapshotParts = {
    messages: chosen.messages === true,
    files: chosen.files === true,
    structuredOutput: chosen.structuredOutput === true,
    metadata: chosen.metadata === true,
  }
  return {
    ...summary,
    parts,
    run: { ...parsed, task: task && { task: task.task, turns: task.turns ?? [] } },
  }
}

const summaries: Guard<SnapshotSummary[]> = (raw) => {
  const items = isRecord(raw) ? array(raw.snapshots) : NOT
  if (items === NOT) return NOT
  return items.flatMap((item) => {
    const summary = parseSummary(item)
    return summary ? [summary] : []
  })
}

export function parseSummaries(raw: unknown): SnapshotSummary[] | null {
  return or(summaries, raw, null)
}
