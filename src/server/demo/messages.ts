/*
 * Builders for AI SDK v5 UIMessages ({ id, role, parts }), the shape Handinger most likely
 * stores in `messages`.
 */
export type UIPart = Record<string, unknown> & { type: string }

export type UIMessage = { id: string; role: 'user' | 'assistant' | 'system'; parts: UIPart[] }

export function userMessage(id: string, text: string): UIMessage {
  return { id, role: 'user', parts: [{ type: 'text', text }] }
}

export function assistantMessage(id: string, parts: UIPart[]): UIMessage {
  return { id, role: 'assistant', parts }
}

export const stepStart = (): UIPart => ({ type: 'step-start' })

export const reasoning = (text: string): UIPart => ({ type: 'reasoning', text, state: 'done' })

export const text = (value: string): UIPart => ({ type: 'text', text: value, state: 'done' })

export type SearchResult = { title: string; url: string; snippet: string }

export function toolCall(
  tool: string,
  toolCallId: string,
  input: unknown,
  output?: unknown,
): UIPart {
  if (output === undefined) {
    return { type: `tool-${tool}`, toolCallId, state: 'input-available', input }
  }
  return { type: `tool-${tool}`, toolCallId, state: 'output-available', input, output }
}

export function toolError(tool: string, toolCallId: string, input: unknown, errorText: string) {
  return { type: `tool-${tool}`, toolCallId, state: 'output-error', input, errorText }
}

export function webSearch(toolCallId: string, query: string, results?: SearchResult[]): UIPart {
  return toolCall('web_search', toolCallId, { query }, results && { results })
}

function sourceUrl(sourceId: string, url: string, title: string | null): UIPart {
  const part: UIPart = { type: 'source-url', sourceId, url }
  if (title !== null) part.title = title
  return part
}

/** The `source-url` parts citing these sources, in order. */
export function citations(sources: Array<{ id: string; url: string; title: string | null }>) {
  return sources.map((s) => sourceUrl(s.id, s.url, s.title))
}
