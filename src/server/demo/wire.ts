import type { DemoFile } from './demo-files'

/*
 * The Worker exactly as Handinger sends it: snake_case at the top level, camelCase inside
 * (files[].mediaType, usage.durationMs).
 */
export type WorkerStatus = 'pending' | 'running' | 'completed'

export type WireSource = { id: string; title: string | null; type: 'url'; url: string }

export type WireFile = { filename: string | null; mediaType: string; url: string; size?: number }

export type WireOutput = {
  id: string
  role: 'assistant'
  status: 'completed'
  type: 'message'
  content: Array<{ type: 'output_text'; text: string }>
}

export type WireWorker = {
  id: string
  object: 'worker'
  created_at: number
  error: unknown
  files: WireFile[]
  incomplete_details: unknown
  messages: unknown[]
  metadata: Record<string, unknown>
  output: WireOutput[]
  output_text: string
  running: boolean
  sources: WireSource[]
  status: WorkerStatus
  structured_output?: unknown
  url?: string
  usage?: Record<string, unknown>
  costs?: Record<string, number> | null
}

/** A file the demo serves itself, or a raw entry copied as is (hostile or external URLs). */
export type FileRef = { served: DemoFile; filename: string | null } | { raw: WireFile }

export type WorkerSpec = {
  createdAt: number
  status: WorkerStatus
  messages: unknown[]
  outputText: string
  sources: WireSource[]
  files: FileRef[]
  /** Only the current shape has it; `undefined` becomes `null` there. */
  structuredOutput?: unknown
  usage?: Record<string, unknown>
  error?: unknown
  incompleteDetails?: unknown
  metadata?: Record<string, unknown>
  /** 'april' is the 22–23 April shape: token usage, `costs`, no url, no structured_output, no file sizes. */
  shape?: 'current' | 'april'
  costs?: Record<string, number> | null
}

export type BuildContext = {
  workerId: string
  /** The task named in `?taskId=`, which switches `url` to the task page. */
  selectedTaskId: string | null
  fileUrl: (name: string) => string
}

const DASHBOARD = 'https://v3.handinger.com'

function dashboardUrl(workerId: string, taskId: string | null): string {
  const worker = `${DASHBOARD}/worker/${encodeURIComponent(workerId)}`
  return taskId ? `${worker}/task/${encodeURIComponent(taskId)}` : worker
}

export function buildWorker(spec: WorkerSpec, ctx: BuildContext): WireWorker {
  const april = spec.shape === 'april'
  const done = spec.status === 'completed'
  const worker: WireWorker = {
    id: ctx.workerId,
    object: 'worker',
    created_at: spec.createdAt,
    error: spec.error ?? null,
    files: spec.files.map((ref) => resolveFile(ref, ctx, !april)),
    incomplete_details: spec.incompleteDetails ?? null,
    messages: spec.messages,
    metadata: spec.metadata ?? {},
    // Output items are always "completed", so a running worker has none yet.
    output: done && spec.outputText ? [outputItem(ctx.workerId, spec.outputText)] : [],
    output_text: spec.outputText,
    running: spec.status === 'running',
    sources: spec.sources,
    status: spec.status,
  }
  if (!april) {
    worker.structured_output = spec.structuredOutput ?? null
    worker.url = dashboardUrl(ctx.workerId, ctx.selectedTaskId)
  } else {
    worker.costs = spec.costs ?? null
  }
  if (spec.usage) worker.usage = spec.usage
  return worker
}

function resolveFile(ref: FileRef, ctx: BuildContext, withSize: boolean): WireFile {
  if ('raw' in ref) return ref.raw
  const file: WireFile = {
    filename: ref.filename,
    mediaType: ref.served.mediaType,
    url: ctx.fileUrl(ref.served.name),
  }
  if (withSize) file.size = ref.served.bytes.byteLength
  return file
}

function outputItem(workerId: string, text: string): WireOutput {
  return {
    id: `msg_out_${workerId.replace(/^wrk_/, '')}`,
    role: 'assistant',
    status: 'completed',
    type: 'message',
    content: [{ type: 'output_text', text }],
  }
}

/** Unix seconds, the unit of `created_at`. */
export function unixSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000)
}

export function source(id: string, url: string, title: string | null): WireSource {
  return { id, title, type: 'url', url }
}
