import { JsonTree } from '../json/json-tree'
import { UntrustedText } from '../ui/untrusted-text'
import { useRunLive } from './run-live'
import { type ToolStateTone, toolStateView } from './tool-state'

type Props = {
  name: string
  part: Record<string, unknown>
  /** The part's index in its message: marked, so a jump to this call can find its box. */
  at?: number
}

/** The box of the tool call at part `at` within a mounted message. */
export function toolPartSelector(at: number): string {
  return `[data-part="${at}"]`
}

const TONE_CLASSES: Record<ToolStateTone, string> = {
  done: 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-200',
  running: 'bg-sky-50 text-sky-800 dark:bg-sky-950/60 dark:text-sky-200',
  failed: 'bg-rose-50 text-rose-800 dark:bg-rose-950/60 dark:text-rose-200',
  neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
}

export function ToolPart({ name, part, at }: Props) {
  const state = typeof part.state === 'string' ? part.state : null
  const errorText = typeof part.errorText === 'string' ? part.errorText : null
  return (
    <div
      data-part={at}
      className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-medium text-slate-900 dark:text-slate-100">
          Tool{' '}
          <code className="font-mono break-all">
            <UntrustedText text={name} placeholder="(unnamed)" max={80} />
          </code>
        </span>
        {state !== null && <ToolState state={state} />}
      </div>
      {errorText && (
        <p className="rounded bg-rose-50 px-2 py-1 text-sm break-words whitespace-pre-wrap text-rose-800 dark:bg-rose-950/50 dark:text-rose-200">
          Error: {errorText}
        </p>
      )}
      {part.input !== undefined && <JsonTree value={part.input} label="input" />}
      {part.output !== undefined && <JsonTree value={part.output} label="output" />}
    </div>
  )
}

function ToolState({ state }: { state: string }) {
  const view = toolStateView(state, useRunLive())
  return (
    <span
      className={`rounded px-1.5 py-0.5 font-medium ${TONE_CLASSES[view.tone]}`}
      // The SDK's own word stays at hand for people who know it.
      title={view.title}
    >
      {view.known ? (
        view.label
      ) : (
        <UntrustedText text={view.label} placeholder="(no state)" max={40} />
      )}
    </span>
  )
}
