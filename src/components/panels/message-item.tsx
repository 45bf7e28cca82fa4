import { memo, useId, useMemo, useState } from 'react'
import { isRecord } from '@/shared/guards'
import { JsonBlock } from '../json/json-block'
import { toJsonText } from '@/lib/json-text'
import { JsonToggleButton } from '../json/json-toggle'
import { CopyButton } from '../ui/copy-button'
import { focusRing } from '../ui/styles'
import { UntrustedText } from '../ui/untrusted-text'
import { MessagePart } from './message-part'
import { knownRoleLabel, roleOf } from './message-role'
import { MessageText } from './message-text'
import { formatNumber } from '@/lib/format'

type Props = {
  message: unknown
  /** 1-based position in the conversation: the n of #message-n. */
  number: number
  /** Set on the message that opens a turn (each user message). */
  turn?: number
}

/** The link that opens this view scrolled to message n. */
export function messageAnchor(number: number): string {
  return `message-${number}`
}

export function turnAnchor(turn: number): string {
  return `turn-${turn}`
}

function pageUrlWithHash(hash: string): string {
  const { origin, pathname, search } = window.location
  return `${origin}${pathname}${search}#${hash}`
}

/* Memoized: react-query keeps unchanged messages' references stable across polls. */
export const MessageItem = memo(function MessageItem({ message, number, turn }: Props) {
  const [showJson, setShowJson] = useState(false)
  const jsonId = useId()
  const role = roleOf(message)
  const json = useMemo(() => toJsonText(message), [message])
  const user = role === 'user'
  return (
    <div
      className={`min-w-0 rounded-lg border border-slate-200 p-3 dark:border-slate-700/70 ${user ? 'bg-slate-50 dark:bg-slate-800/50' : 'bg-white dark:bg-slate-900'}`}
    >
      {turn !== undefined && (
        <h3
          id={turnAnchor(turn)}
          className="mb-2 text-xs font-semibold tracking-wide text-indigo-800 uppercase dark:text-indigo-300"
        >
          Turn {formatNumber(turn)}
        </h3>
      )}
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <span className="flex min-w-0 items-baseline gap-2 text-xs">
          <a
            href={`#${messageAnchor(number)}`}
            className={`rounded font-mono text-slate-600 tabular-nums hover:underline dark:text-slate-400 ${focusRing}`}
            aria-label={`Message ${number}`}
          >
            #{number}
          </a>
          <span className="min-w-0 truncate font-semibold text-slate-700 dark:text-slate-300">
            <RoleLabel role={role} />
          </span>
        </span>
        <span className="flex flex-wrap items-center gap-2">
          <CopyButton text={pageUrlWithHash(messageAnchor(number))} label="Copy message link" />
          <CopyButton text={json} label="Copy as JSON" />
          <JsonToggleButton
            open={showJson}
            onToggle={() => setShowJson(!showJson)}
            controls={jsonId}
          />
        </span>
      </div>
      <div className="space-y-3">
        <MessageBody message={message} role={role} />
      </div>
      {showJson && (
        <div className="mt-3">
          <JsonBlock value={message} id={jsonId} />
        </div>
      )}
    </div>
  )
})

function RoleLabel({ role }: { role: string | null }) {
  if (role === null) return 'Unrecognized item'
  const known = knownRoleLabel(role)
  if (known !== undefined) return known
  // Any other role is the sender's own word: shown neutrally, hidden characters made visible.
  return <UntrustedText text={role} placeholder="(empty role)" max={60} />
}

function MessageBody({ message, role }: { message: unknown; role: string | null }) {
  if (role === null || !isRecord(message)) return <JsonBlock value={message} />
  const { parts, content } = message
  if (Array.isArray(parts)) {
    if (parts.length === 0)
      return <p className="text-sm text-slate-600 dark:text-slate-400">No content.</p>
    // Parts have no ids and never reorder, so the index is a stable key.
    return parts.map((part, index) => (
      <MessagePart key={index} part={part} role={role} at={index} />
    ))
  }
  if (typeof content === 'string') return <MessageText text={content} role={role} />
  if (Array.isArray(content)) {
    return content.map((item, index) => (
      <MessagePart key={index} part={item} role={role} at={index} />
    ))
  }
  return <JsonBlock value={message} />
}
