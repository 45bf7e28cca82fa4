import { ExternalLink } from '@/components/ui/external-link'
import { lazy, memo, Suspense, useEffect, useRef, useState } from 'react'
import type { WorkerFile } from '@/api/worker/schema'
import { formatBytes } from '@/lib/format'
import { itemAttribute, registerScrollTarget } from '@/lib/scroll-targets'
import { fileLabel, UNNAMED_FILE } from '@/lib/display-names'
import { pointsIntoApp, safeHref } from '@/lib/safe-url'
import { displayName } from '@/lib/visible-text'
import { FileIcon } from '../file-preview/file-icon'
import { essenceOf, previewKindOf } from '@/shared/preview-media'
import { fileKind, KIND_LABELS } from '../file-preview/file-kind'
import { EmptyState, Panel } from '../ui/panel'
import { ScrollBoxList } from '../ui/scroll-box-list'
import { smallButton } from '../ui/styles'
import { UntrustedText } from '../ui/untrusted-text'

// Loaded on the first preview: most visits never open one.
const FilePreviewDialog = lazy(() =>
  import('../file-preview/file-preview-dialog').then((module) => ({
    default: module.FilePreviewDialog,
  })),
)

/* Short lists render whole; past this, only the rows in the panel's own scroll box mount. */
const VIRTUAL_FROM = 40
const ROW_ESTIMATE = 52

export const FilesPanel = memo(function FilesPanel({ files }: { files: WorkerFile[] }) {
  return (
    <Panel title="Files" count={files.length}>
      {files.length === 0 ? (
        <EmptyState>No files produced.</EmptyState>
      ) : files.length < VIRTUAL_FROM ? (
        <ShortList files={files} />
      ) : (
        <LongList files={files} />
      )}
    </Panel>
  )
})

const listClass = 'divide-y divide-slate-100 text-sm dark:divide-slate-800'

function ShortList({ files }: { files: WorkerFile[] }) {
  useEffect(
    () =>
      registerScrollTarget('files', (key) => {
        document
          .querySelector(`[data-item="${itemAttribute('files', Number(key))}"]`)
          ?.scrollIntoView?.({ block: 'nearest' })
      }),
    [],
  )
  return (
    <ul className={listClass}>
      {files.map((file, index) => (
        // Files have no id; the list only grows at the end, so the index is stable.
        <li
          key={index}
          data-item={itemAttribute('files', index)}
          className={`${rowClass} first:pt-0 last:pb-0`}
        >
          <FileItem file={file} />
        </li>
      ))}
    </ul>
  )
}

function LongList({ files }: { files: WorkerFile[] }) {
  return (
    <ScrollBoxList
      items={files}
      target="files"
      noun="files"
      rowEstimate={ROW_ESTIMATE}
      listClassName={listClass}
      rowClassName={rowClass}
      renderRow={(file) => <FileItem file={file} />}
    />
  )
}

const rowClass = 'flex items-center justify-between gap-3 py-2'

/*
 * A download link (and a preview) makes sense for web addresses only, not mailto:, and never
 * for one into the inspector itself.
 */
function downloadHref(url: string): string | null {
  const href = safeHref(url)
  return href && /^https?:/.test(href) && !pointsIntoApp(href) ? href : null
}

const FileItem = memo(function FileItem({ file }: { file: WorkerFile }) {
  const rawName = fileLabel(file)
  // For labels (aria, titles): hidden characters as visible tokens, never acting.
  const name = displayName(rawName, UNNAMED_FILE)
  const href = downloadHref(file.url)
  const size = file.size === undefined ? '' : formatBytes(file.size)
  const kind = fileKind(file.mediaType)
  const mediaType = essenceOf(file.mediaType) ?? 'unknown type'
  const [previewing, setPreviewing] = useState(false)
  const previewButton = useRef<HTMLButtonElement>(null)
  const previewKind = previewKindOf(file.mediaType)
  return (
    <>
      <div className="flex min-w-0 items-center gap-3">
        <FileIcon kind={kind} />
        <div className="min-w-0">
          <p className="font-medium break-words text-slate-900 dark:text-slate-100">
            <UntrustedText text={rawName} placeholder={UNNAMED_FILE} />
          </p>
          <p className="text-xs break-words text-slate-600 dark:text-slate-400">
            {/* The parsed essence only: plain ASCII, safe to show as it is. */}
            {mediaType}
            {size && ` · ${size}`}
            {kind === 'executable' && ` · ${KIND_LABELS.executable.name}`}
            {!href && ' · no safe download link'}
          </p>
        </div>
      </div>
      <div className="flex shrink-0 gap-2">
        {href && previewKind && (
          <button
            ref={previewButton}
            type="button"
            aria-label={`Preview ${name}`}
            className={smallButton}
            onClick={() => setPreviewing(true)}
          >
            Preview
          </button>
        )}
        {href && (
          <ExternalLink url={href} download label={`Download ${name}`} className={smallButton}>
            Download
          </ExternalLink>
        )}
      </div>
      {previewing && href && previewKind && (
        <Suspense fallback={null}>
          <FilePreviewDialog
            name={rawName || UNNAMED_FILE}
            kind={previewKind}
            href={href}
            size={file.size}
            onClose={() => {
              setPreviewing(false)
              previewButton.current?.focus()
            }}
          />
        </Suspense>
      )}
    </>
  )
})
