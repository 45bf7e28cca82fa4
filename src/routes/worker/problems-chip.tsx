import { TriangleAlert } from 'lucide-react'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Turn } from '@/api/task/schema'
import {
  type Problem,
  type ProblemFacts,
  describeProblem,
  problemKey,
  runProblems,
  summarizeProblems,
} from '@/api/worker/problems'
import { useShortcut } from '@/components/keyboard/shortcuts'
import { focusRing } from '@/components/ui/styles'
import { publishProblemPlace } from './problem-position'
import { showProblem } from './show-problem'
import { formatNumber } from '@/lib/format'

type Props = {
  worker: ProblemFacts
  /** The task's turns on a task page; null elsewhere. */
  turns: readonly Turn[] | null
}

/*
 * Problems at a glance: how many things went wrong in this run. Clicking it, or `e` / `E`,
 * steps through them in page order. Hidden when there are none.
 */
export function ProblemsChip({ worker, turns }: Props) {
  const problems = useMemo(() => runProblems(worker, turns), [worker, turns])
  if (problems.length === 0) return null
  return <ProblemSteps problems={problems} />
}

function ProblemSteps({ problems }: { problems: readonly Problem[] }) {
  // The problem shown, by identity: a poll that adds problems keeps the place in the list.
  const [shownKey, setShownKey] = useState<string | null>(null)
  const stepping = useRef<AbortController | null>(null)
  const summaryId = useId()
  const total = problems.length
  const at = shownKey === null ? -1 : problems.findIndex((p) => problemKey(p) === shownKey)
  const shown = problems[at]

  function step(by: 1 | -1) {
    const from = at === -1 ? (by === 1 ? -1 : 0) : at
    const problem = problems[(from + by + total) % total]
    if (!problem) return
    stepping.current?.abort()
    const controller = new AbortController()
    stepping.current = controller
    setShownKey(problemKey(problem))
    showProblem(problem, controller.signal)
  }

  useEffect(() => () => stepping.current?.abort(), [])
  useShortcut('e', () => step(1))
  useShortcut('E', () => step(-1))

  // The sticky panel bar shows the place while the header is scrolled away.
  const latestStep = useRef(step)
  useEffect(() => {
    latestStep.current = step
  })
  const position = at + 1
  useEffect(() => {
    if (position === 0) return
    publishProblemPlace({ position, total, next: () => latestStep.current(1) })
    return () => publishProblemPlace(null)
  }, [position, total])

  const count = formatNumber(total)
  const summary = summarizeProblems(problems)
  return (
    <>
      <button
        type="button"
        onClick={() => step(1)}
        aria-keyshortcuts="e Shift+E"
        aria-describedby={summaryId}
        title={`${summary}. Next: e, previous: Shift+E.`}
        className={`inline-flex items-center gap-1.5 rounded-full bg-rose-50 px-2.5 py-0.5 text-xs font-medium whitespace-nowrap text-rose-900 tabular-nums ring-1 ring-rose-300 ring-inset hover:bg-rose-100 dark:bg-rose-400/10 dark:text-rose-200 dark:ring-rose-400/30 dark:hover:bg-rose-400/20 ${focusRing}`}
      >
        <TriangleAlert aria-hidden="true" className="size-3.5 shrink-0" strokeWidth={2.25} />
        {shown
          ? `Problem ${formatNumber(at + 1)} of ${count}`
          : `${count} ${total === 1 ? 'problem' : 'problems'}`}
      </button>
      <span id={summaryId} className="sr-only">
        {summary}
      </span>
      {/* Said after each step; present from the start, so the first step is heard too. */}
      <span role="status" className="sr-only">
        {shown ? `Problem ${at + 1} of ${count}: ${describeProblem(shown)}` : ''}
      </span>
    </>
  )
}
