import { useSyncExternalStore } from 'react'
import type { Citation } from '@/api/worker/citation-scan'
import { sourceAnchor } from '@/api/worker/citations'
import { landOn } from '@/lib/land-on'
import { findItem, revealItem } from '@/lib/reveal-item'

/*
 * Jumps between a citation in the answer and its row in the Sources panel. Both may be in
 * virtual lists, so each side is asked to mount its item first (see scroll-targets). The
 * citation last jumped from is remembered, so its source can lead straight back to it.
 */
type JumpedFrom = { n: number; element: HTMLElement }

let jumpedFrom: JumpedFrom | null = null
const listeners = new Set<() => void>()

function setJumpedFrom(next: JumpedFrom | null): void {
  jumpedFrom = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The citation of source n the reader last came from, while it is still on the page. */
export function useJumpedFrom(n: number): HTMLElement | null {
  const from = useSyncExternalStore(subscribe, () => jumpedFrom)
  return from?.n === n && from.element.isConnected ? from.element : null
}

export async function goToSource(n: number, from: HTMLElement): Promise<void> {
  setJumpedFrom({ n, element: from })
  const row = (await revealItem('sources', n - 1)) ?? document.getElementById(sourceAnchor(n))
  if (row) landOn(row)
}

export function goBackTo(element: HTMLElement): void {
  setJumpedFrom(null)
  landOn(element)
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

/* The answer's block holding an offset, once it is really mounted (not its page's placeholder). */
async function revealBlock(offset: number): Promise<HTMLElement | null> {
  let found = await revealItem('output', offset)
  for (let frame = 0; found && found.dataset.blockStart === undefined && frame < 120; frame++) {
    await nextFrame()
    found = findItem('output', offset)
  }
  return found
}

/**
 * Lands on one citation of the answer. The page shows citations as elements marked
 * `data-cites="n"`; the place's rank among those of its block tells which one it is.
 */
export async function goToCitation(place: Citation, answer: readonly Citation[]): Promise<void> {
  const block = await revealBlock(place.offset)
  if (!block) return
  const start = Number(block.dataset.blockStart ?? 0)
  const rank = answer.filter(
    (other) => other.n === place.n && other.offset >= start && other.offset < place.offset,
  ).length
  const marks = block.querySelectorAll<HTMLElement>(`[data-cites="${place.n}"]`)
  landOn(marks[rank] ?? marks[0] ?? block)
}
