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

/* States that wait for something; once the run has ended, nothing will come. */
const WAITING = new Set(['input-streaming', 'input-available', 'approval-requested'])

export type ToolStateView = {
  label: string
  /** False for a state this app does not know: the label is then the sender's own word. */
  known: boolean
  tone: ToolStateTone
  /** Said on hover: the SDK's word, or why a waiting call is no longer waiting. */
  title: string | undefined
}

/** How a tool call's state reads, given whether its run is still live. */
export function toolStateView(state: string, live: boolean): ToolStateView {
  const label = STATE_LABELS.get(state)
  if (label === undefined) return { label: state, known: false, tone: 'neutral', title: undefined }
  if (!live && WAITING.has(state)) {
    return {
      label: 'No result',
      known: true,
      tone: 'neutral',
      title: `${state}: the run ended before this call returned`,
    }
  }
  return { label, known: true, tone: TONES.get(state) ?? 'neutral', title: state }
}
