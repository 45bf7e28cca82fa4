import { z } from 'zod'
import { isRecord } from '@/shared/guards'

/*
 * The Worker as the app uses it. The wire format mixes snake_case (top level) and camelCase
 * (nested), and has changed shape several times, so parsing happens here once, field by field:
 * a field that breaks its schema falls back to an empty value and is reported in `problems`,
 * instead of failing the whole response.
 */

export type WorkerStatus = 'pending' | 'running' | 'completed'

export type Source = { id: string; title: string | null; url: string }

export type WorkerFile = { filename: string | null; mediaType: string; url: string; size?: number }

export type Usage = { credits?: number; durationMs?: number }

export type Worker = {
  id: string
  status: WorkerStatus
  running: boolean
  createdAt: number | null
  url: string | null
  messages: unknown[]
  outputText: string
  sources: Source[]
  files: WorkerFile[]
  structuredOutput: unknown
  usage: Usage | null
  error: unknown
  incompleteDetails: unknown
}

export type ParsedWorker = { worker: Worker; problems: string[] }

const sourceSchema = z.object({
  id: z.string().catch(''),
  title: z
    .string()
    .nullish()
    .transform((t) => t ?? null),
  url: z.string(),
})

const fileSchema = z.object({
  filename: z
    .string()
    .nullish()
    .transform((f) => f ?? null),
  mediaType: z.string().catch('application/octet-stream'),
  url: z.string(),
  size: z.number().int().nonnegative().optional().catch(undefined),
})

const usageSchema = z.object({
  credits: z.number().nonnegative().optional().catch(undefined),
  durationMs: z.number().nonnegative().optional().catch(undefined),
})

const outputSchema = z.array(
  z.object({ content: z.array(z.object({ text: z.string() }).catch({ text: '' })).catch([]) }),
)

const statusSchema = z.enum(['pending', 'running', 'completed'])

type Reader = {
  value<T>(key: string, schema: z.ZodType<T>, fallback: T): T
  list<T>(key: string, item: z.ZodType<T>): T[]
}

function reader(raw: Record<string, unknown>, problems: string[]): Reader {
  return {
    value(key, schema, fallback) {
      if (!(key in raw)) return fallback
      const parsed = schema.safeParse(raw[key])
      if (parsed.success) return parsed.data
      problems.push(key)
      return fallback
    },
    list(key, item) {
      const value = raw[key]
      if (value === undefined || value === null) return []
      if (!Array.isArray(value)) {
        problems.push(key)
        return []
      }
      return value.flatMap((element, index) => {
        const parsed = item.safeParse(element)
        if (parsed.success) return [parsed.data]
        problems.push(`${key}[${index}]`)
        return []
      })
    },
  }
}

/** Returns null when the response is not a JSON object at all. */
export function parseWorker(raw: unknown, requestedId: string): ParsedWorker | null {
  if (!isRecord(raw)) return null
  const problems: string[] = []
  const read = reader(raw, problems)

  const running = read.value('running', z.boolean(), false)
  const status = read.value('status', statusSchema, running ? 'running' : 'completed')
  const output = read.value('output', outputSchema, [])
  const fallbackText = output.flatMap((item) => item.content.map((c) => c.text)).join('\n\n')
  const usage = read.value('usage', usageSchema.nullable(), null)

  const worker: Worker = {
    id: read.value('id', z.string().min(1), requestedId),
    status,
    running,
    createdAt: read.value('created_at', z.number().nullable(), null),
    url: read.value('url', z.string().nullable(), null),
    messages: read.value('messages', z.array(z.unknown()), []),
    outputText: read.value('output_text', z.string(), fallbackText),
    sources: read.list('sources', sourceSchema),
    files: read.list('files', fileSchema),
    structuredOutput: raw.structured_output ?? null,
    usage,
    error: raw.error ?? null,
    incompleteDetails: raw.incomplete_details ?? null,
  }
  return { worker, problems }
}

/** The polling rule: a worker is live while it runs or waits to start. */
export function isActive(worker: Worker | undefined): boolean {
  if (!worker) return false
  return worker.running || worker.status === 'pending' || worker.status === 'running'
}
