import { lazy, memo, type ReactNode, Suspense, use, useEffect, useMemo } from 'react'
import type { Worker } from '@/api/worker/schema'
import { MessagesPanel } from '@/components/panels/messages-panel'
import { OutputPanel } from '@/components/panels/output-panel'
import { assistantTexts } from '@/components/panels/source-citations'
import { CitationProvider } from '@/components/markdown/citation-context'
import { type SourceCitations, sourceCitations } from '@/api/worker/citation-scan'
import { SourcesPanel } from '@/components/panels/sources-panel'
import { PanelBoundary } from '@/components/ui/panel-boundary'
import { Stage, Stages } from '@/components/ui/stages'
import { WorkerProblem } from '@/components/ui/worker-problem'
import { panelAnchor } from '@/components/panels/panel-anchors'
import type { TaskId } from '@/shared/ids'
import { useRunStatus } from './use-run-status'

// Built last, below the first screen: their code is asked for when their turn comes.
const filesPanelCode = () => import('@/components/panels/files-panel')
const structuredPanelCode = () => import('@/components/panels/structured-output-panel')
const FilesPanel = lazy(() => filesPanelCode().then((module) => ({ default: module.FilesPanel })))
const StructuredOutputPanel = lazy(() =>
  structuredPanelCode().then((module) => ({ default: module.StructuredOutputPanel })),
)

let lazyPanelsCode: Promise<unknown> | null = null
/** The code of the panels that load theirs late: the run is not shown until it is in. */
const lazyPanelsLoaded = () => {
  lazyPanelsCode ??= Promise.all([filesPanelCode(), structuredPanelCode()])
  return lazyPanelsCode
}

/*
 * The answer and the conversation on the left; what the worker cited and made on the right.
 * Memoized on the worker, which react-query keeps referentially equal when a poll brings
 * nothing new, so such a poll renders no panel at all.
 */
export const WorkerPanels = memo(function WorkerPanels({
  worker,
  taskId,
  onShown,
}: {
  worker: Worker
  taskId: TaskId | null
  /** Called once every panel is built, for what waits for the first screen. */
  onShown?: () => void
}) {
  // A live run may still answer and call tools; a finished one says what it did not produce.
  const { active: live } = useRunStatus(worker, taskId).status
  // Links in the answer and messages that point at a source get its number as a marker.
  // The panels are built one per task in reading order (see Stages), afresh for each worker.
  return (
    <Stages key={worker.id} count={LAST_STAGE}>
      <CitationProvider sources={worker.sources}>
        <WorkerProblem error={worker.error} incompleteDetails={worker.incompleteDetails} />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div className="min-w-0 space-y-6">
            <PanelSlot panel="output" title="Output" raw={worker.outputText}>
              <OutputPanel text={worker.outputText} output={worker.output} live={live} />
            </PanelSlot>
            <PanelSlot panel="messages" title="Messages" raw={worker.messages}>
              <MessagesPanel messages={worker.messages} live={live} />
            </PanelSlot>
          </div>
          {/* On wide screens this column stays in view, with its own scroll, while the
            conversation scrolls past. */}
          <div className="min-w-0 space-y-6 lg:sticky lg:top-[var(--panel-bar-height)] lg:max-h-[calc(100vh-var(--panel-bar-height))] lg:self-start lg:overflow-y-auto lg:pb-4">
            <PanelSlot panel="sources" title="Sources" raw={worker.sources}>
              <CitedSources worker={worker} />
            </PanelSlot>
            <PanelSlot panel="files" title="Files" raw={worker.files}>
              <FilesPanel files={worker.files} />
            </PanelSlot>
            <PanelSlot panel="structured" title="Structured output" raw={worker.structuredOutput}>
              <StructuredOutputPanel value={worker.structuredOutput} />
            </PanelSlot>
          </div>
        </div>
        <Stage index={LAST_STAGE} fallback={null}>
          <Suspense fallback={null}>
            <Shown onShown={onShown} />
          </Suspense>
        </Stage>
      </CitationProvider>
    </Stages>
  )
})

/* The order in which the panels are built, one per task: the first screen's first. */
const STAGE = { output: 0, messages: 1, sources: 2, files: 3, structured: 4 } as const
const LAST_STAGE = Math.max(...Object.values(STAGE))

/*
 * A panel's place on the page: its anchor for the panel bar and #links, its stage, and its own
 * error boundary showing the raw value, so one odd field takes down only its panel.
 */
function PanelSlot({
  panel,
  title,
  raw,
  children,
}: {
  panel: keyof typeof STAGE
  title: string
  raw: unknown
  children: ReactNode
}) {
  return (
    <div id={panelAnchor[panel]}>
      <Stage index={STAGE[panel]} fallback={<PanelPending title={title} />}>
        <PanelBoundary name={title} raw={raw}>
          <Suspense fallback={<PanelPending title={title} />}>{children}</Suspense>
        </PanelBoundary>
      </Stage>
    </div>
  )
}

/* The citation counts scan the whole answer and conversation: done when the Sources panel is built. */
function CitedSources({ worker }: { worker: Worker }) {
  return <SourcesPanel sources={worker.sources} citations={useCitations(worker)} />
}

function Shown({ onShown }: { onShown?: () => void }) {
  use(lazyPanelsLoaded())
  useEffect(() => onShown?.(), [onShown])
  return null
}

/* Where a panel will be, for the moment until its stage is built. */
function PanelPending({ title }: { title: string }) {
  return (
    <div
      aria-busy="true"
      className="h-40 rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <p className="border-b border-slate-200 px-4 py-3 text-sm font-semibold text-slate-900 dark:border-slate-800 dark:text-slate-100">
        {title}
      </p>
    </div>
  )
}

function useCitations(worker: Worker): SourceCitations {
  const { outputText, messages, sources } = worker
  return useMemo(
    () => sourceCitations(outputText, assistantTexts(messages), sources),
    [outputText, messages, sources],
  )
}
