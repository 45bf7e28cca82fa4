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
      {list.length === 0 ? <EmptyState>No messages yet.</EmptyState> : <MessageList list={list} />}
    </Panel>
  )
})

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
      aria-label={`${list.length.toLocaleString('en-US')} messages`}
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
            <PanelBoundary name={`Message ${number}`} raw={message}>
              <MessageItem message={message} number={number} turn={turnAt.get(item.index)} />
            </PanelBoundary>
          </li>
        )
      })}
    </ol>
  )
}
