import type { Worker } from '@/api/worker/schema'
import type { ScrollTargetName } from '@/lib/scroll-targets'
import { isRecord } from '@/shared/guards'
import { yieldToBrowser } from '@/lib/yield-to-browser'

/*
 * The run-wide search reads the data, not the page: most of a long run is not mounted, so the
 * browser's find cannot see it. One entry per item a panel can scroll to, its text lowercased
 * once here so each keystroke only scans.
 */
export type SearchEntry = {
  target: ScrollTargetName
  /** The scroll-target key; for 'output' matches, the key is the match's own offset. */
  key: string | number
  text: string
}

export type SearchIndex = readonly SearchEntry[]

/* Deeply nested values are searched to this depth; deeper text is still in "Show JSON". */
const MAX_DEPTH = 64

/** Text of any JSON-like value, keys and values, never throwing on depth or cycles. */
export function valueText(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return ''
  const pieces: string[] = []
  if (Array.isArray(value)) {
    for (const item of value) pieces.push(valueText(item, depth + 1))
  } else {
    for (const [key, item] of Object.entries(value)) {
      pieces.push(key, valueText(item, depth + 1))
    }
  }
  return pieces.filter(Boolean).join(' ')
}

function partText(part: unknown): string {
  if (!isRecord(part)) return valueText(part)
  const { type } = part
  if ((type === 'text' || type === 'reasoning') && typeof part.text === 'string') return part.text
  if (type === 'source-url') return valueText([part.title, part.url])
  if (type === 'file') return valueText([part.filename, part.mediaType, part.url])
  if (type === 'step-start') return ''
  if (typeof type === 'string' && (type.startsWith('tool-') || type === 'dynamic-tool')) {
    return valueText([
      part.toolName,
      type,
      part.input ?? part.args,
      part.output ?? part.result,
      part.errorText,
    ])
  }
  return valueText(part)
}

export function messageText(message: unknown): string {
  if (!isRecord(message)) return valueText(message)
  const { parts, content, role } = message
  const body = Array.isArray(parts)
    ? parts.map(partText)
    : Array.isArray(content)
      ? content.map(partText)
      : [valueText(content)]
  return [typeof role === 'string' ? role : '', ...body].filter(Boolean).join('\n')
}

function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** One entry per leaf of the structured output, keyed by its JSON pointer. */
async function structuredEntries(
  value: unknown,
  out: SearchEntry[],
  pause: () => Promise<boolean>,
): Promise<boolean> {
  const stack: Array<{ value: unknown; pointer: string; name: string; depth: number }> = [
    { value, pointer: '', name: '', depth: 0 },
  ]
  for (let visited = 0; stack.length > 0; visited++) {
    if (visited % 256 === 0 && (await pause())) return false
    const node = stack.pop()
    if (!node) break
    const { value: current, pointer, name, depth } = node
    if (typeof current === 'object' && current !== null && depth < MAX_DEPTH) {
      const children = Array.isArray(current)
        ? current.map((item, index) => [index, item] as const)
        : Object.entries(current)
      // Pushed in reverse so that entries come out in document order.
      for (let i = children.length - 1; i >= 0; i--) {
        const [key, child] = children[i] ?? []
        if (key === undefined) continue
        stack.push({
          value: child,
          pointer: `${pointer}/${pointerSegment(key)}`,
          name: typeof key === 'string' ? key : '',
          depth: depth + 1,
        })
      }
      if (name) out.push({ target: 'structured', key: pointer, text: name.toLowerCase() })
      continue
    }
    const text = `${name} ${valueText(current)}`.trim()
    if (text) out.push({ target: 'structured', key: pointer, text: text.toLowerCase() })
  }
  return true
}

/* Work is cut into slices of about this long, so building never blocks a frame for long. */
const SLICE_MS = 8

/**
 * Builds the index in slices, yielding to the browser between them. Resolves to null when
 * aborted (the search was closed or the data changed).
 */
export async function buildSearchIndex(
  worker: Worker,
  signal?: AbortSignal,
): Promise<SearchIndex | null> {
  const entries: SearchEntry[] = []
  let sliceStart = performance.now()
  const pause = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return false
    await yieldToBrowser()
    sliceStart = performance.now()
    return signal?.aborted ?? false
  }

  entries.push({ target: 'output', key: 0, text: worker.outputText.toLowerCase() })
  for (let index = 0; index < worker.messages.length; index++) {
    const text = messageText(worker.messages[index])
    if (text) entries.push({ target: 'messages', key: index, text: text.toLowerCase() })
    if (await pause()) return null
  }
  worker.sources.forEach((source, index) => {
    entries.push({
      target: 'sources',
      key: index,
      text: `${source.title ?? ''} ${source.url}`.toLowerCase(),
    })
  })
  worker.files.forEach((file, index) => {
    entries.push({
      target: 'files',
      key: index,
      text: `${file.filename ?? ''} ${file.mediaType} ${file.url}`.toLowerCase(),
    })
  })
  if (await pause()) return null
  if (!(await structuredEntries(worker.structuredOutput, entries, pause))) return null
  return signal?.aborted ? null : entries
}
