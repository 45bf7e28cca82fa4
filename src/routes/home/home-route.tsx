import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { DemoWorker } from '@/api/app-config'
import { appConfigQuery } from '@/api/app-config'
import { workerHref } from '@/config/paths'
import { smallButton } from '@/components/ui/styles'
import { clearRecent, forgetRecent } from '@/components/open-run/recent-workers'
import { useRecentWorkers } from '@/components/open-run/use-recent-workers'
import { RecentList } from '@/components/open-run/recent-list'
import { TargetForm } from '@/components/open-run/target-form'
import { OpenSavedRunButton } from '@/components/open-run/open-saved-run'

export function HomeRoute() {
  const config = useQuery(appConfigQuery)
  const recent = useRecentWorkers()
  const demoWorkers = config.data?.demoWorkers ?? []

  return (
    <div className="mx-auto max-w-2xl space-y-10 py-8">
      <title>Handinger Worker Inspector</title>
      <div className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">Inspect a Handinger worker</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Paste a worker ID, a task ID or a link from the Handinger dashboard to watch the worker
          live: its conversation, answer, sources, files, structured output and cost.
        </p>
        <TargetForm
          label="Worker ID or Handinger dashboard URL"
          placeholder="wrk_vk81XUHKHG-qr4, tsk_… or https://v3.handinger.com/worker/…"
          place="page"
        />
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          <span>Or inspect a run saved as JSON, offline:</span>
          <OpenSavedRunButton />
          <span className="text-slate-600 dark:text-slate-400">(or drop the file on the page)</span>
        </p>
      </div>

      {recent.length > 0 && (
        <section aria-labelledby="recent-heading" className="space-y-2">
          <div className="flex items-center justify-between gap-3">
            <h2 id="recent-heading" className="text-lg font-semibold">
              Recently opened
            </h2>
            <button type="button" onClick={() => clearRecent()} className={smallButton}>
              Clear all
            </button>
          </div>
          <RecentList items={recent} onRemove={(item) => forgetRecent(item)} />
        </section>
      )}

      {config.data?.mode === 'demo' && (
        <section aria-labelledby="demo-heading" className="space-y-3">
          <h2 id="demo-heading" className="text-lg font-semibold">
            Demo workers
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            No API key is configured on the server, so the inspector runs on simulated data. Set{' '}
            <code className={codeClass}>HANDINGER_API_KEY</code> to inspect your own workers.
          </p>
          <DemoList workers={demoWorkers.filter((w) => w.kind === 'worker')} />
          <h3 className="pt-2 font-semibold">Error scenarios</h3>
          <DemoList workers={demoWorkers.filter((w) => w.kind === 'error')} />
        </section>
      )}
    </div>
  )
}

const codeClass = 'rounded bg-slate-100 px-1 dark:bg-slate-800'

const linkClass =
  'font-mono text-sm font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700 dark:text-indigo-300 dark:focus-visible:outline-indigo-300'

function DemoList({ workers }: { workers: DemoWorker[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {workers.map((worker) => (
        <li key={worker.workerId} className="space-y-1 px-4 py-3">
          <div className="flex flex-wrap items-baseline gap-x-3">
            <Link to={workerHref(worker.workerId)} className={linkClass}>
              {worker.title}
            </Link>
            <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
              {worker.workerId}
            </span>
          </div>
          <p className="text-sm text-slate-700 dark:text-slate-300">{worker.summary}</p>
          {worker.taskIds.length > 1 && (
            <p className="flex flex-wrap gap-x-3 text-sm">
              <span className="text-slate-600 dark:text-slate-400">Tasks:</span>
              {worker.taskIds.map((taskId) => (
                <Link key={taskId} to={workerHref(worker.workerId, taskId)} className={linkClass}>
                  {taskId}
                </Link>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
