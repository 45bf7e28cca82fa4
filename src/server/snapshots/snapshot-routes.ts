import { type Context, Hono, type MiddlewareHandler } from 'hono'
import { isRecord } from '@/shared/guards'
import { readCapped } from '@/shared/read-capped'
import {
  MAX_SNAPSHOT_SECONDS,
  MIN_SNAPSHOT_SECONDS,
  SNAPSHOT_ID,
  type SnapshotPart,
  type SnapshotParts,
  type SnapshotRecord,
  type SnapshotSummary,
} from '@/shared/snapshot-options'
import type { AccessMode } from '../access/access-settings'
import { fromThisSite } from '../access/session-routes'
import { credentialId } from '../proxy/credential'
import { scrubSecrets } from '../proxy/scrub'
import type { AppEnv } from '../app'
import type { Store } from '../storage/store'
import { newSnapshotId } from './snapshot-id'
import { fileOpensWithoutKey, sanitizeTask, sanitizeWorker } from './sanitize-snapshot'

/*
 * Snapshot links: a read-only copy of a run that anyone with the link may open, for as long as
 * its sharer chose. Creating, listing and revoking need a session (and, for the changes, a
 * request from this page); reading needs only the ID, which is 128 random bits.
 */
type SnapshotEnv = AppEnv

export type SnapshotRouteOptions = {
  store: Store
  accessMode: AccessMode
  requireSignIn: MiddlewareHandler<SnapshotEnv>
  /** Handinger's API origin in live mode: files there need the key and are left out. */
  handingerOrigin: string | null
  publicUrl?: string | null
  /** Every key the server may hold for this request: blanked wherever a snapshot quotes it. */
  keysOf: (apiKey: string | null) => string[]
  maxBytes?: number
  now?: () => number
}

export const MAX_SNAPSHOT_BYTES = 8 * 1024 * 1024
const PREFIX = 'snapshot:'
const NO_STORE = { 'Cache-Control': 'no-store' }

export function snapshotRoutes(options: SnapshotRouteOptions): Hono<SnapshotEnv> {
  const app = new Hono<SnapshotEnv>()
  const { store, requireSignIn, now = Date.now, maxBytes = MAX_SNAPSHOT_BYTES } = options

  const sameSite: MiddlewareHandler<SnapshotEnv> = async (c, next) => {
    if (!fromThisSite(c.req.raw, options.publicUrl ?? null)) {
      return c.json({ error: 'Snapshot changes must come from this page.' }, 403, NO_STORE)
    }
    await next()
  }

  app.post('/', sameSite, requireSignIn, async (c) => {
    if (!c.req.header('content-type')?.toLowerCase().startsWith('application/json')) {
      return c.json({ error: 'Send the snapshot as JSON.' }, 415, NO_STORE)
    }
    const tooLarge = { error: 'This run is too large to share as a snapshot.' }
    if (Number(c.req.header('content-length') ?? 0) > maxBytes) {
      return c.json(tooLarge, 413, NO_STORE)
    }
    const bytes = await readCapped(c.req.raw.body, maxBytes)
    if (!bytes) return c.json(tooLarge, 413, NO_STORE)
    const body = parseJson(new TextDecoder().decode(bytes))
    const request = readRequest(body)
    if (!request) {
      return c.json({ error: 'A snapshot needs a worker, its parts and an expiry.' }, 400, NO_STORE)
    }

    const guarded = [
      options.handingerOrigin,
      new URL(c.req.url).origin,
      originOf(options.publicUrl),
    ]
    const sanitize = { parts: request.parts, opensWithoutKey: fileOpensWithoutKey(guarded) }
    const worker = sanitizeWorker(request.worker, sanitize)
    const task = sanitizeTask(request.task, sanitize)
    const createdAt = now()
    const clean = scrubber(options.keysOf(c.get('apiKey')))
    let record: StoredSnapshot
    try {
      record = {
        id: newSnapshotId(),
        title: clean.text(titleOf(worker, task)),
        createdAt,
        expiresAt: createdAt + request.seconds * 1000,
        by: byOf(options.accessMode, c.get('identity')),
        parts: request.parts,
        worker: clean.value(worker),
        task: clean.value(task),
        owner: await ownerOf(c),
      }
    } catch {
      return c.json({ error: 'This run is nested too deeply to share.' }, 413, NO_STORE)
    }
    await store.set(PREFIX + record.id, record, { expiresAt: record.expiresAt })
    return c.json(summaryOf(record), 201, NO_STORE)
  })

  app.get('/', requireSignIn, async (c) => {
    // Reading each entry also removes the ones that have expired (storage/store.ts).
    const ids = await store.keys(PREFIX)
    const records = await Promise.all(ids.map((id) => store.get(PREFIX + id)))
    const owner = await ownerOf(c)
    const list = records
      .flatMap((record) =>
        isSnapshot(record) && record.owner === owner ? [summaryOf(record)] : [],
      )
      .sort((a, b) => b.createdAt - a.createdAt)
    return c.json({ snapshots: list }, 200, NO_STORE)
  })

  app.get('/:id', async (c) => {
    const id = c.req.param('id')
    const record = SNAPSHOT_ID.test(id) ? await store.get(PREFIX + id) : null
    // Expired reads as gone at once, whatever the storage still holds.
    if (!isSnapshot(record) || record.expiresAt <= now()) {
      return c.json(
        { error: 'This snapshot does not exist, has expired or was revoked.' },
        404,
        NO_STORE,
      )
    }
    const { id: sharedId, title, createdAt, expiresAt, by, parts, worker, task } = record
    // Everything but whose list it is on.
    const shared: SnapshotRecord = {
      id: sharedId,
      title,
      createdAt,
      expiresAt,
      by,
      parts,
      worker,
      task,
    }
    // Shared outside: nobody's cache keeps a copy past a revocation.
    return c.json(shared, 200, { ...NO_STORE, 'X-Robots-Tag': 'noindex' })
  })

  app.delete('/:id', sameSite, requireSignIn, async (c) => {
    const id = c.req.param('id')
    const record = SNAPSHOT_ID.test(id) ? await store.get(PREFIX + id) : null
    if (!isSnapshot(record) || record.owner !== (await ownerOf(c))) {
      return c.json({ error: 'No such snapshot.' }, 404, NO_STORE)
    }
    await store.remove(PREFIX + id)
    return c.body(null, 204, NO_STORE)
  })

  /*
   * Whose snapshots these are. With the server's key (or the demo) everyone who may use the
   * inspector sees the same runs, so they share one list; with people's own keys (byok) each key
   * lists and revokes only its own, as it sees only its own runs.
   */
  async function ownerOf(c: Context<SnapshotEnv>): Promise<string> {
    const apiKey = c.get('apiKey')
    return options.accessMode === 'byok' && apiKey ? `key:${await credentialId(apiKey)}` : 'server'
  }

  return app
}

/** As kept: the record, and whose list it is on (never sent with the snapshot). */
type StoredSnapshot = SnapshotRecord & { owner: string }

type SnapshotRequest = { worker: unknown; task: unknown; parts: SnapshotParts; seconds: number }

function readRequest(body: unknown): SnapshotRequest | null {
  if (!isRecord(body) || !isRecord(body.worker) || !isRecord(body.parts)) return null
  const { parts, expiresInSeconds: seconds } = body
  if (
    typeof seconds !== 'number' ||
    !Number.isInteger(seconds) ||
    seconds < MIN_SNAPSHOT_SECONDS ||
    seconds > MAX_SNAPSHOT_SECONDS
  ) {
    return null
  }
  const chosen = (part: SnapshotPart) => parts[part] === true
  return {
    worker: body.worker,
    task: body.task ?? null,
    parts: {
      messages: chosen('messages'),
      files: chosen('files'),
      structuredOutput: chosen('structuredOutput'),
      metadata: chosen('metadata'),
    },
    seconds,
  }
}

/**
 * Who shared it, as far as the server knows: the SSO proxy's name for them, "team member" for a
 * team session, and otherwise only that it was someone allowed in.
 */
function byOf(mode: AccessMode, identity: string | undefined): string {
  if (identity) return identity
  return mode === 'team' ? 'team member' : 'someone with access'
}

function titleOf(worker: Record<string, unknown>, task: Record<string, unknown> | null): string {
  const taskTitle = task && isRecord(task.task) ? task.task.title : null
  const title = typeof taskTitle === 'string' && taskTitle.trim() ? taskTitle : worker.id
  return typeof title === 'string' ? title.slice(0, 200) : 'Run'
}

/**
 * Blanks every form of each key, and anything shaped like a credential, in a text or in every
 * string and property name of a value. Throws on a value nested too deep to walk.
 */
function scrubber(keys: string[]) {
  const text = (value: string) =>
    (keys.length > 0 ? keys : ['']).reduce((out, key) => scrubSecrets(out, key), value)
  const value = (item: unknown): unknown => {
    if (typeof item === 'string') return text(item)
    if (Array.isArray(item)) return item.map(value)
    if (isRecord(item)) {
      return Object.fromEntries(
        Object.entries(item).map(([key, inner]) => [text(key), value(inner)]),
      )
    }
    return item
  }
  return { text, value }
}

function summaryOf(record: SnapshotRecord): SnapshotSummary {
  const { id, title, createdAt, expiresAt, by } = record
  return { id, title, createdAt, expiresAt, by }
}

function isSnapshot(value: unknown): value is StoredSnapshot {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    typeof value.createdAt === 'number' &&
    typeof value.expiresAt === 'number' &&
    typeof value.by === 'string' &&
    typeof value.owner === 'string'
  )
}

function originOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).origin : null
  } catch {
    return null
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
