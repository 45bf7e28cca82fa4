/*
 * What a snapshot may hold besides its answer and sources, and how long it may live: one table
 * for the page's dialog and the server that checks what the dialog sent.
 */
export const SNAPSHOT_PARTS = ['messages', 'files', 'structuredOutput', 'metadata'] as const

export type SnapshotPart = (typeof SNAPSHOT_PARTS)[number]

export type SnapshotParts = Record<SnapshotPart, boolean>

export const SNAPSHOT_PART_LABELS: Record<SnapshotPart, string> = {
  messages: 'Messages (the conversation)',
  files: 'Files (those that open without a key)',
  structuredOutput: 'Structured output',
  metadata: 'Metadata',
}

/** The same parts in a sentence: "Left out: messages, metadata." */
export const SNAPSHOT_PART_NAMES: Record<SnapshotPart, string> = {
  messages: 'messages',
  files: 'files',
  structuredOutput: 'structured output',
  metadata: 'metadata',
}

const HOUR = 3600

export const SNAPSHOT_EXPIRIES = [
  { seconds: HOUR, label: '1 hour' },
  { seconds: 24 * HOUR, label: '1 day' },
  { seconds: 7 * 24 * HOUR, label: '7 days' },
  { seconds: 30 * 24 * HOUR, label: '30 days' },
] as const

export const MIN_SNAPSHOT_SECONDS = HOUR
export const MAX_SNAPSHOT_SECONDS = 30 * 24 * HOUR

/** A snapshot's ID: 128 random bits in base64url, without padding. */
export const SNAPSHOT_ID = /^[A-Za-z0-9_-]{22}$/

/** What `GET /_app/snapshots/:id` answers. `worker` and `task` are in the API's own shapes. */
export type SnapshotRecord = {
  id: string
  title: string
  /** Epoch ms. */
  createdAt: number
  expiresAt: number
  by: string
  parts: SnapshotParts
  worker: unknown
  task: unknown
}

/** One line of `GET /_app/snapshots`. */
export type SnapshotSummary = Pick<
  SnapshotRecord,
  'id' | 'title' | 'createdAt' | 'expiresAt' | 'by'
>
