import { useState } from 'react'
import { Link } from 'react-router'
import { type CompareSide, compareHref, compareSideParam, isSavedRef } from '@/config/paths'
import { smallButton } from '@/components/ui/styles'
import { AnswerSection } from './answer-section'
import { CompareForm } from './compare-form'
import { type SideParam, useCompareParams } from './compare-loader'
import { FiguresSection } from './figures-section'
import { SideCard } from './side-card'
import { SourcesSection } from './sources-section'
import { StructuredSection } from './structured-section'
import { type LoadedSide, SideData } from './side-data'

const APP = 'Handinger Worker Inspector'

/** `/compare?a=…&b=…`: two runs side by side; without two valid runs, the form that names them. */
export function CompareRoute() {
  const { a, b } = useCompareParams()
  if (!a.ref || !b.ref) return <CompareStart a={a} b={b} />
  const [sideA, sideB] = [a.ref, b.ref]
  return (
    // Keyed, so that comparing other runs starts from a clean view.
    <SideData key={`${compareSideParam(sideA)}|${compareSideParam(sideB)}`} side={sideA}>
      {(loadedA) => (
        <SideData side={sideB}>
          {(loadedB) => <Comparison a={sideA} b={sideB} sideA={loadedA} sideB={loadedB} />}
        </SideData>
      )}
    </SideData>
  )
}

function CompareStart({ a, b }: { a: SideParam; b: SideParam }) {
  const fieldOf = (side: SideParam, name: string) => ({
    value: side.raw ?? '',
    message:
      side.raw !== null && side.raw !== '' && !side.ref
        ? `The link's ${name} run is not a run reference (workerId.taskId, optionally .turn).`
        : null,
  })
  return (
    <div className="mx-auto max-w-2xl space-y-6 py-8">
      <title>{`Compare two runs · ${APP}`}</title>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Compare two runs</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Any two tasks, or turns of them, also of different workers: their answers word by word,
          structured outputs key by key, sources, credits, time and tokens. Paste a task page
          address of this inspector, a Handinger task URL, or <code>workerId.taskId</code>.
        </p>
      </div>
      <CompareForm initial={{ A: fieldOf(a, 'first'), B: fieldOf(b, 'second') }} />
    </div>
  )
}

function Comparison({
  a,
  b,
  sideA,
  sideB,
}: {
  a: CompareSide
  b: CompareSide
  sideA: LoadedSide
  sideB: LoadedSide
}) {
  const [editing, setEditing] = useState(false)
  const readyA = sideA.view.kind === 'ready' ? sideA.view.side : null
  const readyB = sideB.view.kind === 'ready' ? sideB.view.side : null
  return (
    <div className="space-y-6">
      <title>{`Compare ${sideName(a)} and ${sideName(b)} · ${APP}`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Compare runs</h1>
        <div className="flex flex-wrap gap-2">
          <Link to={compareHref(b, a)} className={smallButton}>
            Swap A and B
          </Link>
          <button
            type="button"
            className={smallButton}
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            Change runs
          </button>
        </div>
      </div>
      {editing && (
        <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <CompareForm
            submitLabel="Compare these"
            initial={{
              A: { value: compareSideParam(a), message: null },
              B: { value: compareSideParam(b), message: null },
            }}
          />
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <SideCard label="A" runRef={a} view={sideA.view} onRetry={sideA.retry} />
        <SideCard label="B" runRef={b} view={sideB.view} onRetry={sideB.retry} />
      </div>
      <FiguresSection a={readyA} b={readyB} />
      <AnswerSection
        a={{ label: 'A', view: sideA.view, turn: turnOf(a) }}
        b={{ label: 'B', view: sideB.view, turn: turnOf(b) }}
      />
      <StructuredSection a={readyA} b={readyB} />
      <SourcesSection a={readyA} b={readyB} />
    </div>
  )
}

const sideName = (side: CompareSide) => (isSavedRef(side) ? 'a saved run' : side.taskId)

const turnOf = (side: CompareSide) => (isSavedRef(side) ? null : (side.turn ?? null))
