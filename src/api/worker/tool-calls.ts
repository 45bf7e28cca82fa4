import { isRecord } from '@/shared/guards'

/*
 * The tool calls of a conversation, read once per messages array: the problems chip counts the
 * failed ones, the credits breakdown tallies them per tool, and the Messages panel names them
 * by the same rule (toolPartOf), so all three agree on what a tool call is.
 */

export type ToolPartShape = 'ui' | 'core-call' | 'core-result'

/**
 * The tool a message part is about, in the shapes seen: an AI SDK UI part (`tool-<name>`, or
 * `dynamic-tool` with `toolName`), or core-message content (`tool-call` / `tool-result` with
 * `toolName`). Null for any other part.
 */
export function toolPartOf(part: unknown): { name: string; shape: ToolPartShape } | null {
  if (!isRecord(part) || typeof part.type !== 'string') return null
  const { type } = part
  if ((type === 'tool-call' || type === 'tool-result') && typeof part.toolName === 'string') {
    return { name: part.toolName, shape: type === 'tool-call' ? 'core-call' : 'core-result' }
  }
  if (type === 'dynamic-tool') {
    return { name: typeof part.toolName === 'string' ? part.toolName : '', shape: 'ui' }
  }
  if (type.startsWith('tool-')) return { name: type.slice('tool-'.length), shape: 'ui' }
  return null
}

/* The SDK's one error state of a call; a denied call was a decision, not a failure. */
const FAILED_STATE = 'output-error'

export type ToolCall = {
  /** Where it is: the message's index in the conversation, the part's index in the message. */
  messageIndex: number
  partIndex: number
  name: string
  failed: boolean
}

/** The parts of a message as the Messages panel renders them: `parts`, else a `content` list. */
function partsOf(message: unknown): unknown[] {
  // Without a string role the panel shows the raw JSON, so no tool box is on the page.
  if (!isRecord(message) || typeof message.role !== 'string') return []
  if (Array.isArray(message.parts)) return message.parts
  if (Array.isArray(message.content)) return message.content
  return []
}

const cache = new WeakMap<readonly unknown[], readonly ToolCall[]>()

/**
 * Every tool call in conversation order. A core `tool-result` is the answer to a call already
 * counted, so it is not a call of its own. Memoized on the array: react-query keeps it the same
 * object while a poll brings nothing new, so a quiet poll scans nothing.
 */
export function toolCalls(messages: readonly unknown[]): readonly ToolCall[] {
  const known = cache.get(messages)
  if (known) return known
  const calls: ToolCall[] = []
  messages.forEach((message, messageIndex) => {
    partsOf(message).forEach((part, partIndex) => {
      const tool = toolPartOf(part)
      if (!tool || tool.shape === 'core-result' || !isRecord(part)) return
      calls.push({ messageIndex, partIndex, name: tool.name, failed: part.state === FAILED_STATE })
    })
  })
  cache.set(messages, calls)
  return calls
}

export type ToolTally = { name: string; calls: number; failed: number }

/** Calls and failures per tool, the most used first (then by name, for a steady order). */
export function tallyTools(messages: readonly unknown[]): ToolTally[] {
  const byName = new Map<string, ToolTally>()
  for (const call of toolCalls(messages)) {
    const tally = byName.get(call.name) ?? { name: call.name, calls: 0, failed: 0 }
    tally.calls += 1
    if (call.failed) tally.failed += 1
    byName.set(call.name, tally)
  }
  return [...byName.values()].sort(
    (a, b) => b.calls - a.calls || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  )
}
