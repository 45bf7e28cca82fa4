import type { RunStatusKey } from '@/api/worker/status'

/*
 * A favicon per state, as data: URLs (the CSP allows img-src data:), so a background tab shows
 * how its run is doing: a filled dot while running, a check, a cross, a half disc, a pause sign.
 */
export type FaviconState = RunStatusKey | 'paused'

const COLORS: Record<FaviconState, string> = {
  pending: '#d97706',
  running: '#0284c7',
  completed: '#059669',
  failed: '#e11d48',
  incomplete: '#d97706',
  aborted: '#64748b',
  unknown: '#64748b',
  paused: '#64748b',
}

const MARKS: Record<FaviconState, string> = {
  pending: '<circle cx="16" cy="16" r="6" fill="none" stroke="#fff" stroke-width="3"/>',
  running: '<circle cx="16" cy="16" r="6" fill="#fff"/>',
  completed:
    '<path d="M9 16.5l4.5 4.5L23 11.5" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>',
  failed:
    '<path d="M10.5 10.5l11 11M21.5 10.5l-11 11" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/>',
  incomplete: '<path d="M16 9a7 7 0 0 1 0 14z" fill="#fff"/>',
  aborted: '<rect x="11" y="11" width="10" height="10" fill="#fff"/>',
  unknown: '<circle cx="16" cy="16" r="3" fill="#fff"/>',
  paused: '<path d="M12 10v12M20 10v12" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/>',
}

export function faviconFor(state: FaviconState): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" data-state="${state}"><circle cx="16" cy="16" r="15" fill="${COLORS[state]}"/>${MARKS[state]}</svg>`
  return `data:image/svg+xml,${encodeURIComponent(svg)}`
}
