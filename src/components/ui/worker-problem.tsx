import { isRecord } from '@/shared/guards'
import { JsonToggle } from '../json/json-toggle'

type Props = { error: unknown; incompleteDetails: unknown }

/* The boxes' ids, so the problems chip can land on them. */
export const workerProblemAnchor = {
  error: 'worker-error',
  incomplete: 'worker-incomplete',
} as const

export function WorkerProblem({ error, incompleteDetails }: Props) {
  const hasError = error !== null && error !== undefined
  const incomplete = incompleteDetails !== null && incompleteDetails !== undefined
  if (!hasError && !incomplete) return null
  return (
    <div className="space-y-3">
      {hasError && (
        <ProblemBox
          id={workerProblemAnchor.error}
          title="This worker reported an error"
          value={error}
          tone="border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-900/80 dark:bg-rose-950/30 dark:text-rose-200"
        />
      )}
      {incomplete && (
        <ProblemBox
          id={workerProblemAnchor.incomplete}
          title="The answer is incomplete"
          value={incompleteDetails}
          tone="border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800/60 dark:bg-amber-950/30 dark:text-amber-200"
        />
      )}
    </div>
  )
}

/* The shapes seen in the wild: a bare string, or { message, code?, type? }, or { reason }. */
function describe(value: unknown): { message?: string; details: [string, string][] } {
  if (typeof value === 'string') return { message: value.trim() || undefined, details: [] }
  if (!isRecord(value)) return { details: [] }
  const details: [string, string][] = []
  for (const [key, label] of [
    ['code', 'Code'],
    ['type', 'Type'],
    ['reason', 'Reason'],
  ] as const) {
    const field = value[key]
    if (typeof field === 'string' || typeof field === 'number') details.push([label, String(field)])
  }
  const message = typeof value.message === 'string' ? value.message.trim() : ''
  return { message: message || undefined, details }
}

type BoxProps = { id: string; title: string; value: unknown; tone: string }

function ProblemBox({ id, title, value, tone }: BoxProps) {
  const { message, details } = describe(value)
  return (
    <div id={id} role="alert" className={`rounded-lg border p-4 text-sm ${tone}`}>
      <p className="font-semibold">{title}</p>
      {message && <p className="mt-1 break-words whitespace-pre-wrap">{message}</p>}
      {details.length > 0 && (
        <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {details.map(([label, text]) => (
            <div key={label} className="flex gap-1">
              <dt className="font-medium">{label}:</dt>
              <dd className="break-all">{text}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="mt-3">
        <JsonToggle value={value} />
      </div>
    </div>
  )
}
