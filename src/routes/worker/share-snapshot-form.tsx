import { useMutation, useQuery } from '@tanstack/react-query'
import { Copy } from 'lucide-react'
import { useState } from 'react'
import { Link } from 'react-router'
import { appConfigQuery } from '@/api/app-config'
import { createSnapshot } from '@/api/snapshot/snapshots'
import { CopyButton } from '@/components/ui/copy-button'
import { primaryButton, textLink } from '@/components/ui/styles'
import { routes, snapshotHref } from '@/config/paths'
import type { TaskId, WorkerId } from '@/shared/ids'
import {
  SNAPSHOT_EXPIRIES,
  SNAPSHOT_PARTS,
  SNAPSHOT_PART_LABELS,
  type SnapshotParts,
} from '@/shared/snapshot-options'
import { formatDateTime } from '@/lib/format'

type Props = { workerId: WorkerId; taskId: TaskId | null }

const ALL_PARTS: SnapshotParts = {
  messages: true,
  files: true,
  structuredOutput: true,
  metadata: true,
}
const ONE_DAY = 86_400

/* The form of "Share a snapshot", loaded when the button is first pressed. */
export function ShareForm({ workerId, taskId }: Props) {
  const config = useQuery(appConfigQuery)
  const [parts, setParts] = useState(ALL_PARTS)
  const [seconds, setSeconds] = useState(7 * ONE_DAY)
  const share = useMutation({
    mutationFn: () => createSnapshot({ workerId, taskId, parts, expiresInSeconds: seconds }),
  })

  if (share.data) {
    const link = new URL(snapshotHref(share.data.id), window.location.origin).href
    return (
      <div className="space-y-3 text-sm">
        <p role="status">
          The snapshot is ready. Anyone with this link can open it, without signing in, until{' '}
          {formatDateTime(new Date(share.data.expiresAt))}.
        </p>
        <div className="flex items-center gap-2">
          <input
            readOnly
            value={link}
            aria-label="Snapshot link"
            data-autofocus
            onFocus={(event) => event.currentTarget.select()}
            className="min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
          />
          <CopyButton text={link} label="Copy link" icon={Copy} />
        </div>
        <SnapshotsLink />
      </div>
    )
  }

  return (
    <form
      className="space-y-4 text-sm"
      onSubmit={(event) => {
        event.preventDefault()
        share.mutate()
      }}
    >
      <p>
        A read-only copy of this run as it is now, at a link anyone can open without signing in. The
        answer and its sources are always in it; no key or session goes with it, nor any file that
        needs one.
      </p>
      {config.data?.access.mode === 'byok' && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-900 dark:border-amber-500/40 dark:bg-amber-400/10 dark:text-amber-200">
          This is the one way to show a run to someone without a Handinger key: whoever has the link
          sees what you include here.
        </p>
      )}
      <fieldset className="space-y-1">
        <legend className="font-medium">Also include</legend>
        {SNAPSHOT_PARTS.map((part) => (
          <label key={part} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={parts[part]}
              onChange={(event) => setParts({ ...parts, [part]: event.currentTarget.checked })}
            />
            {SNAPSHOT_PART_LABELS[part]}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2">
        <span className="font-medium">Expires after</span>
        <select
          value={seconds}
          onChange={(event) => setSeconds(Number(event.currentTarget.value))}
          className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
        >
          {SNAPSHOT_EXPIRIES.map((expiry) => (
            <option key={expiry.seconds} value={expiry.seconds}>
              {expiry.label}
            </option>
          ))}
        </select>
      </label>
      {share.error && (
        <p role="alert" className="text-rose-700 dark:text-rose-400">
          {share.error.message}
        </p>
      )}
      <div className="flex items-center justify-between gap-2">
        <SnapshotsLink />
        <button type="submit" disabled={share.isPending} className={primaryButton} data-autofocus>
          {share.isPending ? 'Creating…' : 'Create snapshot link'}
        </button>
      </div>
    </form>
  )
}

function SnapshotsLink() {
  return (
    <Link to={routes.snapshots} className={textLink}>
      All snapshots (list and revoke)
    </Link>
  )
}
