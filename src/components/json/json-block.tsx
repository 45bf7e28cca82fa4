import { toJsonText } from './json-text'
import { focusRing } from '../ui/styles'

/* Focusable because a long block scrolls, and a scroll region must be reachable by keyboard. */
export function JsonBlock({ value, id }: { value: unknown; id?: string }) {
  return (
    <pre
      id={id}
      tabIndex={0}
      className={`max-h-96 overflow-auto rounded-md bg-slate-50 p-3 font-mono text-xs leading-5 break-words whitespace-pre-wrap text-slate-800 dark:bg-slate-950/60 dark:text-slate-200 ${focusRing}`}
    >
      {toJsonText(value)}
    </pre>
  )
}
