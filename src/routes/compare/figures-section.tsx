import type { RunSide } from '@/api/compare/run-side'
import { Panel } from '@/components/ui/panel'
import { focusRing } from '@/components/ui/styles'
import { formatDuration, formatNumber } from '@/lib/format'
import {
  type FigureDelta,
  type FigureKey,
  type Figures,
  figureDeltas,
  signed,
  signedPercent,
} from '@/lib/run-diff/figures'

const ROWS: Record<FigureKey, { name: string; format: (value: number) => string }> = {
  credits: { name: 'Credits', format: formatNumber },
  durationMs: { name: 'Duration', format: formatDuration },
  inputTokens: { name: 'Input tokens', format: formatNumber },
  outputTokens: { name: 'Output tokens', format: formatNumber },
}

const NONE: Figures = { credits: null, durationMs: null, inputTokens: null, outputTokens: null }

/** What each run cost and took, and the difference from A to B. */
export function FiguresSection({ a, b }: { a: RunSide | null; b: RunSide | null }) {
  const deltas = figureDeltas(a?.figures ?? NONE, b?.figures ?? NONE)
  const cell = 'px-2 py-2 text-right whitespace-nowrap tabular-nums sm:px-3'
  return (
    <Panel title="Figures">
      {/* Scrolls sideways on a narrow screen: reachable by keyboard, shaded where more hides. */}
      <div tabIndex={0} className={`scroll-shade-x overflow-x-auto ${focusRing}`}>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">
            Credits, duration and tokens of run A and run B, and the difference from A to B
          </caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <th scope="col" className="px-2 py-2 text-left sm:px-3">
                <span className="sr-only">Figure</span>
              </th>
              <th scope="col" className={cell}>
                Run A
              </th>
              <th scope="col" className={cell}>
                Run B
              </th>
              <th scope="col" className={cell}>
                B − A
              </th>
            </tr>
          </thead>
          <tbody>
            {deltas.map((delta) => (
              <tr key={delta.key} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-2 py-2 text-left font-medium sm:px-3">
                  {ROWS[delta.key].name}
                </th>
                <td className={cell}>{shown(delta.a, delta.key)}</td>
                <td className={cell}>{shown(delta.b, delta.key)}</td>
                <td className={cell}>
                  <Difference delta={delta} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        — : not reported for that run.
      </p>
    </Panel>
  )
}

function shown(value: number | null, key: FigureKey): string {
  return value === null ? '—' : ROWS[key].format(value)
}

function Difference({ delta }: { delta: FigureDelta }) {
  if (delta.delta === null) return <>—</>
  const amount = signed(delta.delta, ROWS[delta.key].format)
  return (
    <>
      {amount}{' '}
      {delta.percent !== null && (
        // Under the amount on a phone, where the four columns leave no room beside it.
        <span className="block text-slate-600 sm:inline dark:text-slate-400">
          ({signedPercent(delta.percent)})
        </span>
      )}
    </>
  )
}
