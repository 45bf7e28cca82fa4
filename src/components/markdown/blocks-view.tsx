import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  startTransition,
} from 'react'
import { itemAttribute, registerScrollTarget, type ScrollTargetName } from '@/lib/scroll-targets'
import { BlockView } from './block-view'
import { type BlockPage, estimateHeight, groupPages, pageAt } from './block-pages'
import { DocumentAnchorsContext } from './document-anchors'
import type { MarkdownBlock } from './markdown-parse'
import { useHoldEnd } from './use-hold-end'

/* The start of a document is always mounted, so the first screen never waits for an observer. */
const INITIAL_CHARS = 6_000
/* Pages this far outside the viewport are mounted ahead of the scroll. */
const MARGIN = '100% 0px'

type Visibility = { seen: ReadonlySet<number>; heights: ReadonlyMap<number, number> }

type Pending = { kind: 'offset'; offset: number } | { kind: 'id'; id: string }

function findPending(container: HTMLElement, pending: Pending): HTMLElement | null {
  if (pending.kind === 'id') return document.getElementById(pending.id)
  let best: HTMLElement | null = null
  for (const element of container.querySelectorAll<HTMLElement>('[data-block-start]')) {
    if (Number(element.dataset.blockStart) <= pending.offset) best = element
  }
  return best
}

/*
 * Blocks in pages; only pages near the viewport are mounted, the others are placeholders of
 * their last measured (or estimated) height, so the page keeps its own scroll and its length.
 */
export function BlocksView({
  text,
  blocks,
  scrollTarget,
}: {
  text: string
  blocks: readonly MarkdownBlock[]
  scrollTarget?: ScrollTargetName
}) {
  const pages = useMemo(() => groupPages(blocks), [blocks])
  const container = useRef<HTMLDivElement>(null)
  const [{ seen, heights }, setSeen] = useState<Visibility>(() => ({
    seen: new Set(),
    heights: new Map(),
  }))
  // A page that appears when blocks change (a parsed chunk starting a block in a span where
  // none started before) takes over from the page that held its text: mounted if that one was,
  // in the same render, so what the reader looks at never blinks into a placeholder.
  const [known, setKnown] = useState(pages)
  if (known !== pages) {
    setKnown(pages)
    const inherited = inheritedPages(known, pages, seen)
    if (inherited.length > 0) {
      setSeen((previous) => ({ ...previous, seen: new Set([...previous.seen, ...inherited]) }))
    }
  }
  const [pinned, setPinned] = useState<number | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const observer = useRef<IntersectionObserver | null>(null)
  const elements = useRef(new Set<HTMLDivElement>())
  // The answer scrolls with the page; lists with their own scroller keep their own place.
  useHoldEnd(container, scrollTarget === 'output')

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return
    const created = new IntersectionObserver(
      (entries) => {
        const shown: number[] = []
        const hidden: [number, number][] = []
        for (const entry of entries) {
          const key = Number((entry.target as HTMLElement).dataset.page)
          if (entry.isIntersecting) shown.push(key)
          else hidden.push([key, entry.boundingClientRect.height])
        }
        // A transition renders in slices, so mounting many pages at once never blocks a frame.
        startTransition(() =>
          setSeen((previous) => {
            const seen = new Set(previous.seen)
            const heights = new Map(previous.heights)
            for (const [key, height] of hidden) {
              // Remembered as it was last shown, so the placeholder keeps the page's length.
              if (height > 0 && seen.has(key)) heights.set(key, height)
              seen.delete(key)
            }
            for (const key of shown) seen.add(key)
            return { seen, heights }
          }),
        )
      },
      { rootMargin: MARGIN },
    )
    observer.current = created
    for (const element of elements.current) created.observe(element)
    return () => {
      created.disconnect()
      observer.current = null
    }
  }, [])

  const observe = useCallback((element: HTMLDivElement | null) => {
    if (!element) return
    elements.current.add(element)
    observer.current?.observe(element)
    return () => {
      elements.current.delete(element)
      observer.current?.unobserve(element)
    }
  }, [])

  const bringIntoView = useCallback(
    (target: Pending) => {
      const index =
        target.kind === 'offset'
          ? pageAt(pages, target.offset)
          : pages.findIndex((page) =>
              page.blocks.some((block) => block.kind === 'hast' && block.ids.includes(target.id)),
            )
      if (index === -1 || !pages[index]) return
      setPinned(pages[index].key)
      setPending(target)
    },
    [pages],
  )

  useLayoutEffect(() => {
    if (!pending || !container.current) return
    const element = findPending(container.current, pending)
    if (!element) return
    // jsdom has no scrollIntoView.
    element.scrollIntoView?.({ block: 'start' })
    setPending(null)
  }, [pending, pinned])

  useEffect(() => {
    if (!scrollTarget) return
    return registerScrollTarget(scrollTarget, (key) =>
      bringIntoView({ kind: 'offset', offset: Number(key) }),
    )
  }, [scrollTarget, bringIntoView])

  const anchors = useMemo(
    () => ({ reveal: (id: string) => bringIntoView({ kind: 'id', id }) }),
    [bringIntoView],
  )
  // Without an observer (jsdom), every page is mounted.
  const everything = typeof IntersectionObserver === 'undefined'

  return (
    <DocumentAnchorsContext.Provider value={anchors}>
      <div ref={container} data-document={scrollTarget}>
        {pages.map((page, index) => (
          <Page
            key={page.key}
            page={page}
            text={text}
            mounted={
              everything ||
              page.key < INITIAL_CHARS ||
              // The end too, so a reader who jumps there (End, a scroll) finds it at once.
              index === pages.length - 1 ||
              page.key === pinned ||
              seen.has(page.key)
            }
            height={heights.get(page.key)}
            observe={observe}
            scrollTarget={scrollTarget}
          />
        ))}
      </div>
    </DocumentAnchorsContext.Provider>
  )
}

/** The keys of new pages whose text was on a mounted page before. */
function inheritedPages(
  before: readonly BlockPage[],
  after: readonly BlockPage[],
  seen: ReadonlySet<number>,
): number[] {
  const keys = new Set(before.map((page) => page.key))
  return after
    .filter((page) => !keys.has(page.key))
    .filter((page) => {
      const holder = before[pageAt(before, page.blocks[0]?.start ?? page.key)]
      return holder !== undefined && seen.has(holder.key)
    })
    .map((page) => page.key)
}

/*
 * Pages are regrouped whenever more blocks arrive, so a page is the same page when it starts at
 * the same offset and holds the same blocks (block objects are kept across updates).
 */
const Page = memo(
  PageView,
  (a, b) =>
    a.page.key === b.page.key &&
    a.page.blocks.length === b.page.blocks.length &&
    a.page.blocks.at(-1) === b.page.blocks.at(-1) &&
    a.text === b.text &&
    a.mounted === b.mounted &&
    a.height === b.height &&
    a.observe === b.observe &&
    a.scrollTarget === b.scrollTarget,
)

function PageView({
  page,
  text,
  mounted,
  height,
  observe,
  scrollTarget,
}: {
  page: BlockPage
  text: string
  mounted: boolean
  height: number | undefined
  observe: (element: HTMLDivElement | null) => (() => void) | undefined
  scrollTarget?: ScrollTargetName
}) {
  if (!mounted)
    return (
      <div
        ref={observe}
        data-page={page.key}
        data-item={
          scrollTarget ? itemAttribute(scrollTarget, page.blocks[0]?.start ?? page.key) : undefined
        }
        style={{ height: height ?? estimateHeight(page) }}
      />
    )
  return (
    <div ref={observe} data-page={page.key} className="flow-root">
      {page.blocks.map((block) => (
        <BlockView
          key={block.start}
          block={block}
          source={text.slice(block.start, block.end)}
          item={scrollTarget ? itemAttribute(scrollTarget, block.start) : undefined}
        />
      ))}
    </div>
  )
}
