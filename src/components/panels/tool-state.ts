/* The SDK's state names are for programs; people read these. Unknown states are shown as sent. */
const STATE_LABELS = new Map([
  ['input-streaming', 'Receiving input'],
  ['input-available', 'Running'],
  ['output-available', 'Done'],
  ['output-error', 'Failed'],
  ['output-denied', 'Denied'],
  ['approval-requested', 'Waiting for approval'],
  ['approval-responded', 'Approval answered'],
  ['call', 'Called'],
  ['result', 'Returned'],
])

export type ToolStateTone = 'done' | 'running' | 'failed' | 'neutral'

const TONES = new Map<string, ToolStateTone>([
  ['input-streaming', 'running'],
  ['input-available', 'running'],
  ['output-available', 'done'],
  ['result', 'done'],
  ['output-error', 'failed'],
  ['output-denied', 'failed'],
])

export function toolStateLabel(state: string): { label: string; known: boolean } {
  const label = STATE_LABELS.get(state)
  return label === undefined ? { label: state, known: false } : { label, known: true }
}

export function toolStateTone(state: string): ToolStateTone {
  return TONES.get(state) ?? 'neutral'
}
