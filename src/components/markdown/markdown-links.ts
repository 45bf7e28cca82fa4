import { pointsIntoApp, safeHref } from '@/lib/safe-url'

/*
 * What a link in untrusted markdown may become. Only http(s) and mailto links stay live; links to
 * this app itself (its own origin, so also its /api) are shown as text, because a page the agent
 * read could otherwise make the viewer act in the app with one click.
 */
export type LinkDecision =
  | { kind: 'text' }
  | { kind: 'inert'; href: string }
  | { kind: 'live'; href: string; host: string | null }

function comparable(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')
}

/** The host to show beside a link: null when the text already says exactly where it goes. */
export function hostLabel(text: string, href: string): string | null {
  const url = new URL(href)
  const destination = url.protocol === 'mailto:' ? url.pathname : url.hostname
  if (comparable(text) === comparable(href)) return null
  return destination.replace(/^www\./, '') || null
}

export function decideLink(url: unknown, text: string, appOrigin: string | null): LinkDecision {
  const href = safeHref(url)
  if (!href) return { kind: 'text' }
  if (pointsIntoApp(href, appOrigin)) {
    return { kind: 'inert', href }
  }
  return { kind: 'live', href, host: hostLabel(text, href) }
}
