import type { WorkerFile } from '@/api/schema'
import { formatBytes } from '@/lib/format'
import { fileNameOf, safeHref } from '@/lib/safe-url'
import { EmptyState, Panel } from '../ui/panel'
import { smallButton } from '../ui/styles'

export function FilesPanel({ files }: { files: WorkerFile[] }) {
  return (
    <Panel title="Files" count={files.length}>
      {files.length === 0 ? (
        <EmptyState>No files produced.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
          {files.map((file, index) => (
            // Files have no id; the list only grows at the end, so the index is stable.
            <FileItem key={index} file={file} />
          ))}
        </ul>
      )}
    </Panel>
  )
}

/* A download link makes sense for web addresses only, not mailto:. */
function downloadHref(url: string): string | null {
  const href = safeHref(url)
  return href && /^https?:/.test(href) ? href : null
}

function FileItem({ file }: { file: WorkerFile }) {
  const name = file.filename?.trim() || fileNameOf(file.url) || 'Unnamed file'
  const href = downloadHref(file.url)
  const size = file.size === undefined ? '' : formatBytes(file.size)
  return (
    <li className="flex items-center justify-between gap-3 py-2 first:pt-0 last:pb-0">
      <div className="min-w-0">
        <p className="font-medium break-all text-slate-900 dark:text-slate-100">{name}</p>
        <p className="text-xs break-all text-slate-600 dark:text-slate-400">
          {file.mediaType}
          {size && ` · ${size}`}
          {!href && ' · no safe download link'}
        </p>
      </div>
      {href && (
        <a
          href={href}
          download
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`Download ${name}`}
          className={`shrink-0 ${smallButton}`}
        >
          Download
        </a>
      )}
    </li>
  )
}
