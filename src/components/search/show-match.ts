import { revealItem } from '@/lib/reveal-item'
import type { ScrollTargetName } from '@/lib/scroll-targets'
import { panelAnchor } from '../panels/panel-anchors'
import { findRanges, paintHighlights, revealRange } from './search-highlight'
import type { SearchMatch } from './search-match'

const PANEL_OF: Record<ScrollTargetName, string> = {
  output: panelAnchor.output,
  messages: panelAnchor.messages,
  sources: panelAnchor.sources,
  files: panelAnchor.files,
  structured: panelAnchor.structured,
}

/* The element a match lives in: its item once mounted, else (no scroll target yet) its panel. */
async function elementOf(match: SearchMatch, signal: AbortSignal): Promise<HTMLElement | null> {
  const item = await revealItem(match.target, match.key, signal)
  if (item || signal.aborted) return item
  return document.getElementById(PANEL_OF[match.target])
}

/** Which occurrence inside the element is this match: answer matches count from the block. */
function ordinalIn(element: HTMLElement, match: SearchMatch, answer: string, query: string) {
  if (match.target !== 'output') return match.ordinal
  const blockStart = Number(element.dataset.item?.slice('output:'.length) ?? 0) || 0
  const needle = query.toLowerCase()
  let ordinal = 0
  for (let at = answer.indexOf(needle, blockStart); at !== -1 && at < Number(match.key); ) {
    ordinal += 1
    at = answer.indexOf(needle, at + needle.length)
  }
  return ordinal
}

export type ShownMatch = { element: HTMLElement; active: Range | null }

/**
 * Brings a match's item into view, paints every occurrence mounted under root and the active
 * one, and scrolls the active one to the middle of the screen.
 */
export async function showMatch(
  match: SearchMatch,
  query: string,
  answerLower: string,
  root: HTMLElement,
  signal: AbortSignal,
): Promise<ShownMatch | null> {
  const element = await elementOf(match, signal)
  if (!element || signal.aborted) return null
  const inItem = findRanges(element, query)
  const active = inItem[ordinalIn(element, match, answerLower, query)] ?? inItem[0] ?? null
  paintHighlights(findRanges(root, query), active)
  if (active) revealRange(active)
  else element.scrollIntoView?.({ block: 'center' })
  return { element, active }
}

/** Paints again after more of the page mounted, keeping the active range while it is shown. */
export function repaint(root: HTMLElement, query: string, active: Range | null) {
  const stillShown = active && active.startContainer.isConnected ? active : null
  paintHighlights(findRanges(root, query), stillShown)
}
