import { memo, useEffect, useMemo, useRef } from 'react'
import { registerScrollTarget } from '@/lib/scroll-targets'
import { useScrollBoxVirtualizer } from '@/lib/use-scroll-box-virtualizer'
import { EmptyState, Panel } from '../ui/panel'
import { PanelBoundary } from '../ui/panel-boundary'
import { smallButton } from '../ui/styles'
import { MessageItem, messageAnchor } from './message-item'
import { turnStarts } from './message-role'
import { RunLiveProvider } from './run-live'
import { formatNumber } from '@/lib/format'

/* A guess for messages not measured yet; the real height replaces it once one is mounted. */
const ESTIMATED_HEIGHT = 220
const GAP = 12
/* Short conversations render whole: cheap, and the browser's own find still sees them. */
const VIRTUAL_FROM = 50
/* Within this many pixels of the end, the list counts as following the latest message. */
const END_THRESHOLD = 80
/* A long conversation scrolls in its own box, a screen high less the panel bar and title. */
const SCROLLER = 'max-h-[calc(100dvh-9rem)] min-h-80 overflow-y-auto pr-1'
/* That box's height by the same rule, before it is laid out. */
const SCROLLER_HEIGHT = () => Math.max(320, window.innerHeight - 144)

/*
 * Runs have thousands of messages. A long conversation scrolls in its own box, opened at the
 * latest message, and only the messages near its viewport are mounted. Everything stays
 * reachable by scrolling, by #message-n links and by the run-wide search, which ask through the
 * 'messages' scroll target.
 */
export const MessagesPanel = memo(function MessagesPanel({
  messages,
  live,
}: {
  messages: unknown[]
  /** The run is still going: more messages may come, and tool calls may still return. */
  live: boolean
}) {
  const list = Array.isArray(messages) ? messages : []
  return (
    <Panel title="Messages" count={list.length}>
      <RunLiveProvider value={live}>
        {list.length === 0 ? (
          <EmptyState>{live ? 'No messages yet.' : 'This run produced no messages.'}</EmptyState>
        ) : list.length < VIRTUAL_FROM ? (
          <ShortList list={list} />
        ) : (
          <MessageList list={list} />
        )}
      </RunLiveProvider>
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
  return `${formatNumber(count)} ${count === 1 ? 'message' : 'messages'}`
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
  const scrollerRef = useRef<HTMLDivElement>(null)
  const { turnAt } = useMemo(() => turnStarts(list), [list])
  // A conversation reads like a chat log: it opens at the latest message and follows new ones
  // while the reader is at the end, without pulling a reader who scrolled up away from history.
  const { items, totalSize, atEnd, measureElement, scrollToIndex, scrollToEnd } =
    useScrollBoxVirtualizer({
      count: list.length,
      getScrollElement: () => scrollerRef.current,
      estimateSize: () => ESTIMATED_HEIGHT,
      gap: GAP,
      overscan: 4,
      anchorTo: 'end',
      followOnAppend: true,
      scrollEndThreshold: END_THRESHOLD,
      openAtEnd: true,
      expectedHeight: SCROLLER_HEIGHT(),
    })

  useEffect(
    () =>
      registerScrollTarget('messages', (key) => {
        const index = Number(key)
        if (Number.isInteger(index) && index >= 0 && index < list.length) {
          scrollToIndex(index, { align: 'start' })
        }
      }),
    [list.length, scrollToIndex],
  )

  return (
    <div className="relative">
      <div ref={scrollerRef} className={SCROLLER}>
        <ol className="relative" style={{ height: totalSize }} aria-label={listLabel(list.length)}>
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
                ref={measureElement}
                aria-posinset={number}
                aria-setsize={list.length}
                className="absolute top-0 left-0 w-full"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <GuardedItem message={message} index={item.index} turn={turnAt.get(item.index)} />
              </li>
            )
          })}
        </ol>
      </div>
      {!atEnd && (
        <button
          type="button"
          className={`absolute right-4 bottom-3 ${smallButton} shadow-md`}
          onClick={() => scrollToEnd()}
        >
          Latest message ↓
        </button>
      )}
    </div>
  )
}
