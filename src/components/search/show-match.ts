import { holdInView } from '@/lib/keep-in-view'
import { revealItem } from '@/lib/reveal-item'
import type { ScrollTargetName } from '@/lib/scroll-targets'
import { panelAnchor } from '../panels/panel-anchors'
import { findRanges, openAround, paintHighlights } from './search-highlight'
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

/* The active occurrence within its item: the n-th of the query there. */
function activeRange(element: HTMLElement, match: SearchMatch, query: string, answer: string) {
  const inItem = findRanges(element, query)
  return inItem[ordinalIn(element, match, answer, query)] ?? inItem[0] ?? null
}

/**
 * Brings a match's item into view, paints every occurrence mounted under root and the active
 * one, and keeps the active one in the middle of the screen while the page settles (until the
 * next step aborts `signal`).
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
  const active = activeRange(element, match, query, answerLower)
  paintHighlights(findRanges(root, query), active)
  let first: Element | null = (active && openAround(active)) ?? element
  holdInView(
    async (holding) => {
      // Found again if the list unmounted it meanwhile (a virtual list re-measuring its rows).
      const found = first ?? (await elementOf(match, holding))
      first = null
      if (!(found instanceof HTMLElement)) return found
      const range = activeRange(found, match, query, answerLower)
      return (range && openAround(range)) ?? found
    },
    'center',
    signal,
  )
  return { element, active }
}

/** Paints again after more of the page mounted, keeping the active range while it is shown. */
export function repaint(root: HTMLElement, query: string, active: Range | null) {
  const stillShown = active && active.startContainer.isConnected ? active : null
  paintHighlights(findRanges(root, query), stillShown)
}
