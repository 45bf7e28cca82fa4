import type { Worker } from '@/api/worker/schema'
import { fullJsonText } from '@/lib/json-text'
import { isRecord } from '@/shared/guards'
import { fileLabel, sourceLabel, UNNAMED_FILE, UNTITLED_SOURCE } from '@/lib/display-names'
import { formatBytes, formatCredits, formatDuration, formatNumber } from '@/lib/format'
import type { RunStatus } from '@/api/worker/status'

/*
 * The run as a readable Markdown transcript, for pasting into a ticket or another model:
 * question, answer, sources, files, structured output, usage. The answer is the worker's own
 * Markdown, copied as is; everything else is plain text we write.
 */

/** The plain text of a message in either shape seen: `{ parts: [{type:'text'}] }` or `{ content }`. */
export function messageText(message: unknown): { role: string; text: string } | null {
  if (!isRecord(message)) return null
  const role = typeof message.role === 'string' ? message.role : ''
  const { parts, content } = message
  let text = ''
  if (Array.isArray(parts)) {
    text = parts
      .filter((part) => isRecord(part) && part.type === 'text' && typeof part.text === 'string')
      .map((part) => (isRecord(part) ? String(part.text) : ''))
      .join('\n\n')
  } else if (typeof content === 'string') {
    text = content
  } else if (Array.isArray(content)) {
    text = content
      .map((item) => (isRecord(item) && typeof item.text === 'string' ? item.text : ''))
      .filter(Boolean)
      .join('\n\n')
  }
  return { role, text: text.trim() }
}

/** The user's questions, in order (one per turn). */
export function userQuestions(messages: unknown[]): string[] {
  return messages.flatMap((message) => {
    const found = messageText(message)
    return found && found.role === 'user' && found.text ? [found.text] : []
  })
}

/** The first words of the first question, for lists and titles. */
export function firstWords(messages: unknown[], max = 80): string {
  const question = userQuestions(messages)[0]?.replace(/\s+/g, ' ') ?? ''
  if (question.length <= max) return question
  // One character more than fits, so a word ending exactly at the limit is kept whole.
  const cut = question.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)}…`
}

type Context = { workerId: string; taskId: string | null; status: RunStatus; link: string }

/** Keeps a line of someone else's text from closing our list item or heading. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

export function workerMarkdown(worker: Worker, ctx: Context): string {
  const lines: string[] = []
  lines.push(`# Handinger run ${ctx.taskId ? `${ctx.workerId} / ${ctx.taskId}` : ctx.workerId}`, '')
  lines.push(`- Status: ${ctx.status.label}`)
  lines.push(`- Link: ${ctx.link}`)
  if (worker.url) lines.push(`- Handinger: ${oneLine(worker.url)}`)
  lines.push('')

  const questions = userQuestions(worker.messages)
  lines.push(questions.length > 1 ? '## Questions' : '## Question', '')
  if (questions.length === 0) lines.push('_No question found in the messages._', '')
  for (const question of questions) lines.push(quote(question), '')

  lines.push('## Answer', '', worker.outputText.trim() || '_No answer yet._', '')

  if (worker.sources.length > 0) {
    lines.push('## Sources', '')
    worker.sources.forEach((source, index) => {
      const title = oneLine(sourceLabel(source)) || UNTITLED_SOURCE
      lines.push(`${index + 1}. ${title} <${oneLine(source.url)}>`)
    })
    lines.push('')
  }

  if (worker.files.length > 0) {
    lines.push('## Files', '')
    for (const file of worker.files) {
      const size = file.size === undefined ? '' : `, ${formatBytes(file.size)}`
      lines.push(
        `- ${oneLine(fileLabel(file)) || UNNAMED_FILE} (${oneLine(file.mediaType)}${size}) <${oneLine(file.url)}>`,
      )
    }
    lines.push('')
  }

  if (worker.structuredOutput !== null && worker.structuredOutput !== undefined) {
    lines.push('## Structured output', '', fence(fullJsonText(worker.structuredOutput)), '')
  }

  const usage = usageLines(worker)
  if (usage.length > 0) lines.push('## Usage', '', ...usage, '')

  if (worker.error !== null && worker.error !== undefined) {
    lines.push('## Error', '', fence(fullJsonText(worker.error)), '')
  }
  if (worker.incompleteDetails !== null && worker.incompleteDetails !== undefined) {
    lines.push('## Incomplete', '', fence(fullJsonText(worker.incompleteDetails)), '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function usageLines(worker: Worker): string[] {
  const usage: Record<string, unknown> = { ...worker.usage }
  const lines: string[] = []
  if (typeof usage.credits === 'number') lines.push(`- Credits: ${formatCredits(usage.credits)}`)
  if (typeof usage.durationMs === 'number') {
    lines.push(`- Duration: ${formatDuration(usage.durationMs)}`)
  }
  for (const [key, label] of TOKEN_FIELDS) {
    const value = usage[key]
    if (typeof value === 'number') lines.push(`- ${label}: ${formatNumber(value)}`)
  }
  return lines
}

export const TOKEN_FIELDS = [
  ['inputTokens', 'Input tokens'],
  ['outputTokens', 'Output tokens'],
  ['reasoningTokens', 'Reasoning tokens'],
  ['cacheReadTokens', 'Cache read tokens'],
  ['cacheWriteTokens', 'Cache write tokens'],
  ['totalTokens', 'Total tokens'],
  ['steps', 'Steps'],
] as const

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n')
}

/** A code fence longer than any run of backticks inside, so the content cannot close it. */
function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const marks = '`'.repeat(Math.max(3, longest + 1))
  return `${marks}json\n${text}\n${marks}`
}
