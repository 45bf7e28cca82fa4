import { useQueryClient } from '@tanstack/react-query'
import { FileDown } from 'lucide-react'
import { useState } from 'react'
import { apiFetch } from '@/api/client'
import { workerQueries } from '@/api/worker/queries'
import { IconLabel } from '@/components/ui/icon-label'
import { fullJsonText } from '@/lib/json-text'
import { smallButton } from '@/components/ui/styles'
import { isRecord } from '@/shared/guards'
import type { RunIds } from './worker-loader'

type Props = RunIds

/**
 * Saves the response as received. If the query data keeps the raw body (`raw`), that is what is
 * saved; otherwise the same request is made once more and its body saved untouched. The Blob
 * URL exists only for the click.
 */
export function DownloadJsonButton({ workerId, taskId }: Props) {
  const client = useQueryClient()
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')

  async function download() {
    setState('busy')
    try {
      const cached: unknown = client.getQueryData(workerQueries.detail(workerId, taskId).queryKey)
      const body =
        isRecord(cached) && 'raw' in cached && cached.raw !== undefined
          ? asText(cached.raw)
          : await apiFetch({
              path: ['api', 'workers', workerId],
              query: { taskId },
              parse: fullJsonText,
            })
      saveText(body, `${taskId ? `${workerId}-${taskId}` : workerId}.json`)
      setState('idle')
    } catch {
      setState('failed')
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={download} disabled={state === 'busy'} className={smallButton}>
        <IconLabel icon={FileDown}>Download JSON</IconLabel>
      </button>
      <span role="status" className="text-xs text-rose-700 empty:absolute dark:text-rose-400">
        {state === 'failed' ? 'Download failed' : ''}
      </span>
    </span>
  )
}

/* Not JSON.stringify, which throws on a body nested some thousands of levels deep. */
function asText(raw: unknown): string {
  return typeof raw === 'string' ? raw : fullJsonText(raw)
}

function saveText(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked after the click has been handled, so the download has its bytes.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
