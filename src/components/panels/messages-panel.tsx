import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useMemo, useRef } from 'react'
import { registerScrollTarget } from '@/lib/scroll-targets'
import { scrollPaddingTop, useDocumentTop } from '@/lib/use-document-top'
import { EmptyState, Panel } from '../ui/panel'
import { PanelBoundary } from '../ui/panel-boundary'
import { MessageItem, messageAnchor } from './message-item'
import { turnStarts } from './message-role'

/* A guess for messages not measured yet; the real height replaces it once one is mounted. */
const ESTIMATED_HEIGHT = 220
const GAP = 12
/* Short conversations render whole: cheap, and the browser's own find still sees them. */
const VIRTUAL_FROM = 50

/*
 * Runs have thousands of messages. Only those near the viewport are mounted; the page itself
 * scrolls (the list sits in a long page beside other panels), so the window is the scroller.
 * Everything stays reachable by scrolling, by #message-n links and by the run-wide search,
 * which ask through the 'messages' scroll target.
 */
export const MessagesPanel = memo(function MessagesPanel({ messages }: { messages: unknown[] }) {
  const list = Array.isArray(messages) ? messages : []
  return (
    <Panel title="Messages" count={list.length}>
      {list.length === 0 ? (
        <EmptyState>No messages yet.</EmptyState>
      ) : list.length < VIRTUAL_FROM ? (
        <ShortList list={list} />
      ) : (
        <MessageList list={list} />
      )}
    </Panel>
  )
})

function ShortList({ list }: { list: unknown[] }) {
  const { turnAt } = useMemo(() => turnStarts(list), [list])
  useEffect(
    () =>
      registerScrollTarget('messages', (key) => {
        document
          .getElementById(messageAnchor(Number(key) + 1))
          ?.scrollIntoView?.({ block: 'start' })
      }),
    [],
  )
  return (
    <ol className="space-y-3" aria-label={listLabel(list.length)}>
      {list.map((message, index) => (
        // Messages are only appended, so the index is a stable key.
        <li key={index} id={messageAnchor(index + 1)} data-item={`messages:${index}`}>
          <GuardedItem message={message} index={index} turn={turnAt.get(index)} />
        </li>
      ))}
    </ol>
  )
}

function listLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'message' : 'messages'}`
}

/* One odd message shows its raw JSON in place; the rest of the list carries on. */
function GuardedItem({ message, index, turn }: { message: unknown; index: number; turn?: number }) {
  return (
    <PanelBoundary name={`Message ${index + 1}`} raw={message}>
      <MessageItem message={message} number={index + 1} turn={turn} />
    </PanelBoundary>
  )
}

function MessageList({ list }: { list: unknown[] }) {
  const listRef = useRef<HTMLOListElement>(null)
  const top = useDocumentTop(listRef)
  const { turnAt } = useMemo(() => turnStarts(list), [list])
  const virtualizer = useWindowVirtualizer({
    count: list.length,
    estimateSize: () => ESTIMATED_HEIGHT,
    gap: GAP,
    overscan: 4,
    scrollMargin: top,
    scrollPaddingStart: scrollPaddingTop(),
  })

  useEffect(
    () =>
      registerScrollTarget('messages', (key) => {
        const index = Number(key)
        if (Number.isInteger(index) && index >= 0 && index < virtualizer.options.count) {
          virtualizer.scrollToIndex(index, { align: 'start' })
        }
      }),
    [virtualizer],
  )

  const items = virtualizer.getVirtualItems()
  return (
    <ol
      ref={listRef}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
      aria-label={listLabel(list.length)}
    >
      {items.map((item) => {
        const message = list[item.index]
        const number = item.index + 1
        return (
          // Messages are only appended, so the index is a stable key.
          <li
            key={item.key}
            id={messageAnchor(number)}
            data-index={item.index}
            data-item={`messages:${item.index}`}
            ref={virtualizer.measureElement}
            aria-posinset={number}
            aria-setsize={list.length}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <GuardedItem message={message} index={item.index} turn={turnAt.get(item.index)} />
          </li>
        )
      })}
    </ol>
  )
}
