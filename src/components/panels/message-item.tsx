import { memo, useId, useState } from 'react'
import { isRecord } from '@/shared/guards'
import { JsonBlock } from '../json/json-block'
import { JsonToggleButton } from '../json/json-toggle'
import { MessagePart } from './message-part'
import { MessageText } from './message-text'

const ROLE_LABELS: Record<string, string> = {
  user: 'User',
  assistant: 'Assistant',
  system: 'System',
  tool: 'Tool',
}

/* Memoized: react-query keeps unchanged messages' references stable across polls. */
export const MessageItem = memo(function MessageItem({ message }: { message: unknown }) {
  const [showJson, setShowJson] = useState(false)
  const jsonId = useId()
  const role = isRecord(message) && typeof message.role === 'string' ? message.role : null
  const label =
    role === null ? 'Unrecognized item' : (ROLE_LABELS[role] ?? (role.trim() || '(empty role)'))
  return (
    <li
      className={`min-w-0 rounded-lg border border-slate-200 p-3 dark:border-slate-700/70 ${role === 'user' ? 'bg-slate-50 dark:bg-slate-800/50' : 'bg-white dark:bg-slate-900'}`}
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <span className="min-w-0 truncate text-xs font-semibold text-slate-700 dark:text-slate-300">
          {label}
        </span>
        <JsonToggleButton
          open={showJson}
          onToggle={() => setShowJson(!showJson)}
          controls={jsonId}
        />
      </div>
      <div className="space-y-3">
        <MessageBody message={message} role={role} />
      </div>
      {showJson && (
        <div className="mt-3">
          <JsonBlock value={message} id={jsonId} />
        </div>
      )}
    </li>
  )
})

function MessageBody({ message, role }: { message: unknown; role: string | null }) {
  if (role === null || !isRecord(message)) return <JsonBlock value={message} />
  const { parts, content } = message
  if (Array.isArray(parts)) {
    if (parts.length === 0)
      return <p className="text-sm text-slate-600 dark:text-slate-400">No content.</p>
    // Parts have no ids and never reorder, so the index is a stable key.
    return parts.map((part, index) => <MessagePart key={index} part={part} role={role} />)
  }
  if (typeof content === 'string') return <MessageText text={content} role={role} />
  if (Array.isArray(content)) {
    return content.map((item, index) => <MessagePart key={index} part={item} role={role} />)
  }
  return <JsonBlock value={message} />
}
