import { useLayoutEffect } from 'react'
import { faviconFor } from '@/routes/worker/favicon'
import type { RunStatus } from '@/api/worker/status'
import { runTitle } from '@/api/worker/run-title-text'

type Props = { status: RunStatus; paused: boolean; workerId: string; taskId: string | null }

/**
 * The tab title and favicon carry the run's state, so a background tab tells it at a glance.
 * Both change in the commit that changes the badge: the <title> element is placed by React in
 * that commit, and the favicon is swapped in a layout effect, before the browser paints (a
 * passive effect could run a frame later).
 */
export function RunTitle(props: Props) {
  const state = props.paused ? 'paused' : props.status.key
  useLayoutEffect(() => {
    const link = document.querySelector<HTMLLinkElement>('link[rel~="icon"]')
    if (!link) return
    const before = link.getAttribute('href')
    link.setAttribute('href', faviconFor(state))
    return () => {
      if (before !== null) link.setAttribute('href', before)
    }
  }, [state])
  return <title>{runTitle(props)}</title>
}
