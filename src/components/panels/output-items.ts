import { isRecord } from '@/shared/guards'

/*
 * What `output` holds beyond the answer's text (handinger-api.md §2.2; the shape follows
 * OpenAI's Responses API): refusals, tool calls, reasoning summaries, images, annotations, text
 * the answer lacks, items of kinds not seen before. Each becomes an entry to read; whatever has
 * no reading of its own is shown as JSON. Nothing here is trusted: entries carry raw values.
 */
export type OutputEntry =
  | { kind: 'text'; label: string; text: string }
  | { kind: 'tool'; name: string; part: Record<string, unknown> }
  | { kind: 'image'; label: string; url: string | null; bytes: number | null }
  | { kind: 'json'; label: string; value: unknown }

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** The fields of a record left once the usual ones are read, without empty lists and nulls. */
function rest(record: Record<string, unknown>, read: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([key, value]) =>
        !read.includes(key) &&
        value !== null &&
        value !== undefined &&
        !(Array.isArray(value) && value.length === 0),
    ),
  )
}

const hasKeys = (record: Record<string, unknown>) => Object.keys(record).length > 0

/** An image given inline (base64 or a data: URL) is never shown; its size is. */
function inlineBytes(value: string): number {
  const data = value.startsWith('data:') ? value.slice(value.indexOf(',') + 1) : value
  return Math.floor((data.length * 3) / 4)
}

function contentPart(part: unknown, answer: string): OutputEntry[] {
  if (!isRecord(part)) return [{ kind: 'json', label: 'Content part', value: part }]
  const type = text(part.type) ?? ''
  if (type === 'output_text' && typeof part.text === 'string') {
    const entries: OutputEntry[] = []
    // The answer is these texts joined: only text it lacks is news.
    if (part.text !== answer && !answer.includes(part.text)) {
      entries.push({ kind: 'text', label: 'Text not in the answer', text: part.text })
    }
    const details = rest(part, ['type', 'text'])
    if (hasKeys(details)) entries.push({ kind: 'json', label: 'Text details', value: details })
    return entries
  }
  if (type === 'refusal' && typeof part.refusal === 'string') {
    return [{ kind: 'text', label: 'Refusal', text: part.refusal }]
  }
  if (type === 'output_image' || type === 'image') {
    const url = text(part.image_url) ?? text(part.url)
    const inline = url?.startsWith('data:') ? url : null
    return [
      {
        kind: 'image',
        label: 'Image',
        url: inline ? null : url,
        bytes: inline ? inlineBytes(inline) : null,
      },
    ]
  }
  return [{ kind: 'json', label: type ? `Content part "${type}"` : 'Content part', value: part }]
}

function message(item: Record<string, unknown>, answer: string): OutputEntry[] {
  const parts = Array.isArray(item.content) ? item.content : []
  const entries = parts.flatMap((part) => contentPart(part, answer))
  // A message is expected to be a completed one of the assistant's; anything else is said.
  const details = rest(item, ['id', 'type', 'content'])
  if (details.role === 'assistant') delete details.role
  if (details.status === 'completed') delete details.status
  if (hasKeys(details)) entries.unshift({ kind: 'json', label: 'Message details', value: details })
  return entries
}

/** `arguments` of a function call is JSON in a string; shown parsed when it parses. */
function parsedArguments(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

function toolCall(item: Record<string, unknown>, type: string): OutputEntry {
  const name = text(item.name) ?? type.replace(/_call$/, '')
  const input = item.arguments ?? item.action ?? item.input ?? item.query
  const part: Record<string, unknown> = { input: parsedArguments(input) }
  if (typeof item.status === 'string') part.state = item.status
  if (item.output !== undefined) part.output = item.output
  if (typeof item.error === 'string') part.errorText = item.error
  return { kind: 'tool', name, part }
}

function reasoning(item: Record<string, unknown>): OutputEntry[] {
  const summary = Array.isArray(item.summary) ? item.summary : []
  const texts = summary.flatMap((part) => (isRecord(part) && text(part.text)) || [])
  if (texts.length === 0 || texts.length !== summary.length) {
    return [{ kind: 'json', label: 'Reasoning', value: item }]
  }
  return [{ kind: 'text', label: 'Reasoning summary', text: texts.join('\n\n') }]
}

function outputItem(item: unknown, answer: string): OutputEntry[] {
  if (!isRecord(item)) return [{ kind: 'json', label: 'Output item', value: item }]
  const type = text(item.type) ?? ''
  if (type === 'message' || (type === '' && Array.isArray(item.content))) {
    return message(item, answer)
  }
  if (type === 'reasoning') return reasoning(item)
  if (type === 'image_generation_call' && typeof item.result === 'string') {
    return [{ kind: 'image', label: 'Generated image', url: null, bytes: inlineBytes(item.result) }]
  }
  if (type.endsWith('_call')) return [toolCall(item, type)]
  return [{ kind: 'json', label: type ? `Output item "${type}"` : 'Output item', value: item }]
}

/** The entries of `output` the answer does not already show, in order. */
export function outputEntries(output: readonly unknown[], answer: string): OutputEntry[] {
  return output.flatMap((item) => outputItem(item, answer))
}
