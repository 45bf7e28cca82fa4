import { isRecord } from '@/shared/guards'
import { toolPartOf } from '@/api/worker/tool-calls'
import { fileLabel, sourceLabel, UNNAMED_FILE, UNTITLED_SOURCE } from '@/lib/display-names'
import { ExternalLink } from '../ui/external-link'
import { JsonBlock } from '../json/json-block'
import { focusRing } from '../ui/styles'
import { UntrustedText } from '../ui/untrusted-text'
import { MessageText } from './message-text'
import { ToolPart } from './tool-part'

/* One part of an AI SDK v5 UIMessage. Parts are untrusted: anything unexpected is shown as JSON. */
export function MessagePart({
  part,
  role,
  at,
}: {
  part: unknown
  role: string
  /** The part's index in its message, marked on tool calls so a jump can land on one. */
  at?: number
}) {
  if (!isRecord(part) || typeof part.type !== 'string') return <JsonBlock value={part} />
  const { type } = part
  if (type === 'text' && typeof part.text === 'string') {
    return <MessageText text={part.text} role={role} />
  }
  if (type === 'reasoning' && typeof part.text === 'string') return <Reasoning text={part.text} />
  if (type === 'step-start') return <hr className="border-slate-200 dark:border-slate-700" />
  if (type === 'file') return <FilePart part={part} />
  if (type === 'source-url') return <SourceUrlPart part={part} />
  const tool = toolPartOf(part)
  if (tool) {
    // Core-message content ({role, content: [...]}) names its tool calls and results apart.
    const shown = tool.shape === 'ui' ? part : coreToolPart(part, tool.shape)
    return <ToolPart name={tool.name} part={shown} at={at} />
  }
  return <JsonBlock value={part} />
}

function Reasoning({ text }: { text: string }) {
  return (
    <details className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600 dark:bg-slate-800/50 dark:text-slate-400">
      <summary className={`cursor-pointer rounded text-xs font-medium ${focusRing}`}>
        Reasoning
      </summary>
      <p className="mt-2 break-words whitespace-pre-wrap">{text.trim() || 'No reasoning text.'}</p>
    </details>
  )
}

function FilePart({ part }: { part: Record<string, unknown> }) {
  const url = typeof part.url === 'string' ? part.url : ''
  const mediaType = typeof part.mediaType === 'string' ? part.mediaType : null
  return (
    <p className="text-sm break-words">
      <span className="text-slate-600 dark:text-slate-400">File: </span>
      <ExternalLink url={url}>
        <UntrustedText text={fileLabel(part)} placeholder={UNNAMED_FILE} max={160} />
      </ExternalLink>
      {mediaType && (
        <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
          <UntrustedText text={mediaType} max={80} />
        </span>
      )}
    </p>
  )
}

function SourceUrlPart({ part }: { part: Record<string, unknown> }) {
  const url = typeof part.url === 'string' ? part.url : ''
  return (
    <p className="text-sm break-words">
      <span className="text-slate-600 dark:text-slate-400">Source: </span>
      <ExternalLink url={url}>
        <UntrustedText text={sourceLabel(part)} placeholder={UNTITLED_SOURCE} max={160} />
      </ExternalLink>
    </p>
  )
}

/** Older SDKs call them `args` and `result`; the tool box shows `input` and `output`. */
function coreToolPart(part: Record<string, unknown>, shape: 'core-call' | 'core-result') {
  return shape === 'core-call'
    ? { state: 'call', input: part.input ?? part.args }
    : { state: 'result', output: part.output ?? part.result }
}
