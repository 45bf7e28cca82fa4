import { useRef, useState } from 'react'
import { EmptyState, Panel } from '../ui/panel'
import { focusRing, smallButton } from '../ui/styles'
import { MessageItem } from './message-item'

/* Long runs have thousands of messages; mount the newest ones and reveal older ones on request. */
const STEP = 50

export function MessagesPanel({ messages }: { messages: unknown[] }) {
  const [limit, setLimit] = useState(STEP)
  const listRef = useRef<HTMLOListElement>(null)
  const list = Array.isArray(messages) ? messages : []
  const start = Math.max(0, list.length - limit)
  const next = Math.min(STEP, start)

  function showEarlier() {
    setLimit(limit + STEP)
    // The button disappears with the last reveal; keep focus in the panel instead of the page.
    if (next === start) listRef.current?.focus()
  }

  return (
    <Panel title="Messages" count={list.length}>
      {list.length === 0 ? (
        <EmptyState>No messages yet.</EmptyState>
      ) : (
        <>
          {start > 0 && (
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm">
              <p className="text-slate-600 dark:text-slate-400">
                Showing the latest {list.length - start} of {list.length} messages.
              </p>
              <button type="button" onClick={showEarlier} className={smallButton}>
                Show {next} earlier {next === 1 ? 'message' : 'messages'}
              </button>
            </div>
          )}
          <ol ref={listRef} tabIndex={-1} className={`space-y-3 rounded-md ${focusRing}`}>
            {list.slice(start).map((message, index) => (
              // Absolute index: messages are only appended, so a message keeps its key.
              <MessageItem key={start + index} message={message} />
            ))}
          </ol>
        </>
      )}
    </Panel>
  )
}
