import { memo, useMemo } from 'react'
import type { Worker } from '@/api/schema'
import { FilesPanel } from '@/components/panels/files-panel'
import { MessagesPanel } from '@/components/panels/messages-panel'
import { OutputPanel } from '@/components/panels/output-panel'
import { assistantTexts } from '@/components/panels/source-citations'
import { CitationProvider } from '@/components/markdown/citation-context'
import { citationCounts, firstCitations } from '@/lib/citations'
import { type SourceCitations, SourcesPanel } from '@/components/panels/sources-panel'
import { StructuredOutputPanel } from '@/components/panels/structured-output-panel'
import { PanelBoundary } from '@/components/ui/panel-boundary'
import { WorkerProblem } from '@/components/ui/worker-problem'
import { panelAnchor } from '@/components/panels/panel-anchors'

/*
 * The answer and the conversation on the left; what the worker cited and made on the right.
 * Memoized on the worker, which react-query keeps referentially equal when a poll brings
 * nothing new, so such a poll renders no panel at all.
 */
export const WorkerPanels = memo(function WorkerPanels({ worker }: { worker: Worker }) {
  const citations = useCitations(worker)
  // Links in the answer and messages that point at a source get its number as a marker.
  return (
    <CitationProvider sources={worker.sources}>
      <WorkerProblem error={worker.error} incompleteDetails={worker.incompleteDetails} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <div id={panelAnchor.output}>
            <PanelBoundary name="Output" raw={worker.outputText}>
              <OutputPanel text={worker.outputText} />
            </PanelBoundary>
          </div>
          <div id={panelAnchor.messages}>
            <PanelBoundary name="Messages" raw={worker.messages}>
              <MessagesPanel messages={worker.messages} />
            </PanelBoundary>
          </div>
        </div>
        {/* On wide screens this column stays in view, with its own scroll, while the
            conversation scrolls past. */}
        <div className="min-w-0 space-y-6 lg:sticky lg:top-[var(--panel-bar-height)] lg:max-h-[calc(100vh-var(--panel-bar-height))] lg:self-start lg:overflow-y-auto lg:pb-4">
          <div id={panelAnchor.sources}>
            <PanelBoundary name="Sources" raw={worker.sources}>
              <SourcesPanel sources={worker.sources} citations={citations} />
            </PanelBoundary>
          </div>
          <div id={panelAnchor.files}>
            <PanelBoundary name="Files" raw={worker.files}>
              <FilesPanel files={worker.files} />
            </PanelBoundary>
          </div>
          <div id={panelAnchor.structured}>
            <PanelBoundary name="Structured output" raw={worker.structuredOutput}>
              <StructuredOutputPanel value={worker.structuredOutput} />
            </PanelBoundary>
          </div>
        </div>
      </div>
    </CitationProvider>
  )
})

function useCitations(worker: Worker): SourceCitations {
  const { outputText, messages, sources } = worker
  return useMemo(
    () => ({
      counts: citationCounts([outputText, ...assistantTexts(messages)], sources),
      first: firstCitations(outputText, sources),
    }),
    [outputText, messages, sources],
  )
}
