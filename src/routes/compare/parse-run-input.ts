import { type CompareSide, parseCompareSide, parseTarget } from '@/config/paths'
import { TASK_PREFIX } from '@/components/open-run/resolve-input'

/*
 * What a person types into the compare form for one run: a task page of this app (its
 * "#task-turn-2" or "#turn-2" anchor picks turn 2), a Handinger task URL
 * (…/worker/{w}/task/{t}), or the compare link's own form, workerId.taskId[.seq].
 */
export type RunInput = { ok: true; ref: CompareSide } | { ok: false; message: string }

const EXPECTED = 'a task page address, a Handinger task URL, or workerId.taskId'
// The number people read ("Turn 2"), one more than the turn's seq.
const TURN_ANCHOR = /^#(?:task-)?turn-([1-9]\d{0,5})$/

export function parseRunInput(input: string): RunInput {
  const text = input.trim()
  if (text === '') return { ok: false, message: `Enter ${EXPECTED}.` }
  // The compare link's own form, a saved run's (`saved.…`) included.
  const ref = parseCompareSide(text)
  if (ref) return { ok: true, ref }
  if (text.startsWith(TASK_PREFIX) && !text.includes('/')) {
    return {
      ok: false,
      message: `A task ID alone does not name its worker: paste the task's address, or write workerId.${shorten(text)}.`,
    }
  }
  const target = parseTarget(text)
  if (!target.ok) {
    const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(text)
    return { ok: false, message: looksLikeUrl ? target.message : `Expected ${EXPECTED}.` }
  }
  const { workerId, taskId } = target.target
  if (taskId === null) {
    return {
      ok: false,
      message: 'This names a worker, not one of its runs: open a task and paste that address.',
    }
  }
  return { ok: true, ref: { workerId, taskId, turn: turnOf(text) } }
}

function turnOf(url: string): number | null {
  try {
    const match = TURN_ANCHOR.exec(new URL(url).hash)
    return match ? Number(match[1]) - 1 : null
  } catch {
    return null
  }
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
