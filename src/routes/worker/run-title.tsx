import { useEffect } from 'react'
import { faviconFor } from '@/routes/worker/favicon'
import type { RunStatus } from '@/api/worker/status'

type Props = { status: RunStatus; paused: boolean; workerId: string; taskId: string | null }

export function runTitle({ status, paused, workerId, taskId }: Props): string {
  const state = paused ? 'Ⅱ Paused' : `${status.symbol} ${status.word}`
  return `${state} · ${taskId ? `Task ${taskId}` : `Worker ${workerId}`} · Handinger Worker Inspector`
}

/** The tab title and favicon carry the run's state, so a background tab tells it at a glance. */
export function RunTitle(props: Props) {
  const state = props.paused ? 'paused' : props.status.key
  useEffect(() => {
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
