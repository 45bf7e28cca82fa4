import { JsonTree } from '../json/json-tree'

type Props = { name: string; part: Record<string, unknown> }

export function ToolPart({ name, part }: Props) {
  const state = typeof part.state === 'string' ? part.state : null
  const errorText = typeof part.errorText === 'string' ? part.errorText : null
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-medium text-slate-900 dark:text-slate-100">
          Tool <code className="font-mono break-all">{name || '(unnamed)'}</code>
        </span>
        {state && (
          <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-700 dark:bg-slate-800 dark:text-slate-300">
            {state}
          </span>
        )}
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
