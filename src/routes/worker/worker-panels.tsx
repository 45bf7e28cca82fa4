import type { Worker } from '@/api/schema'
import { FilesPanel } from '@/components/panels/files-panel'
import { MessagesPanel } from '@/components/panels/messages-panel'
import { OutputPanel } from '@/components/panels/output-panel'
import { SourcesPanel } from '@/components/panels/sources-panel'
import { StructuredOutputPanel } from '@/components/panels/structured-output-panel'
import { WorkerProblem } from '@/components/ui/worker-problem'

/** The answer and the conversation on the left; what the worker cited and made on the right. */
export function WorkerPanels({ worker }: { worker: Worker }) {
  return (
    <>
      <WorkerProblem error={worker.error} incompleteDetails={worker.incompleteDetails} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <OutputPanel text={worker.outputText} />
          <MessagesPanel messages={worker.messages} />
        </div>
        <div className="min-w-0 space-y-6">
          <SourcesPanel sources={worker.sources} />
          <FilesPanel files={worker.files} />
          <StructuredOutputPanel value={worker.structuredOutput} />
        </div>
      </div>
    </>
  )
}
