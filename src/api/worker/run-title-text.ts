import type { RunStatus } from './status'

type Props = { status: RunStatus; paused: boolean; workerId: string; taskId: string | null }

/** The tab title of a run page: its state first, so a background tab tells it at a glance. */
export function runTitle({ status, paused, workerId, taskId }: Props): string {
  const state = paused ? 'Ⅱ Paused' : `${status.symbol} ${status.word}`
  return `${state} · ${taskId ? `Task ${taskId}` : `Worker ${workerId}`} · Handinger Worker Inspector`
}
