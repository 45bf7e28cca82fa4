import { useEffect, useId, useRef, useState } from 'react'
import { domainOf } from '@/lib/safe-url'
import { formatBytes } from '@/lib/format'
import { smallButton, textLink } from '../ui/styles'
import { UntrustedText } from '../ui/untrusted-text'
import { type FetchedFile, fetchFileBytes, isSameOrigin } from './fetch-file'
import { type FileKind, PREVIEW_LIMIT_BYTES } from './file-kind'
import { PreviewBody } from './preview-body'

type Props = {
  name: string
  kind: FileKind
  mediaType: string
  /** A checked http(s) URL. */
  href: string
  size?: number
  onClose: () => void
}

type Load = FetchedFile | { state: 'loading' } | { state: 'other-host' }

function initialLoad(href: string, size: number | undefined): Load {
  if (size !== undefined && size > PREVIEW_LIMIT_BYTES) return { state: 'too-large' }
  // The page may only fetch its own origin (CSP connect-src 'self').
  if (!isSameOrigin(href)) return { state: 'other-host' }
  return { state: 'loading' }
}

/*
 * A modal <dialog>: Escape closes it, focus is trapped inside while open and goes back to the
 * button that opened it (the caller's onClose does that). The file is fetched only now, when the
 * user asked for the preview, and only from this page's own origin.
 */
export function FilePreviewDialog({ name, kind, mediaType, href, size, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const [load, setLoad] = useState<Load>(() => initialLoad(href, size))

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
    return () => {
      if (typeof dialog.close === 'function') dialog.close()
    }
  }, [])

  // Closed first: while a modal dialog is open, everything outside it is inert and cannot take
  // the focus that onClose gives back to the opening button.
  function close() {
    const dialog = dialogRef.current
    if (dialog && typeof dialog.close === 'function') dialog.close()
    else dialog?.removeAttribute('open')
    onClose()
  }

  // Loading bytes is a side effect of the dialog being open, cancelled when it closes; it is
  // not server state worth caching, so no query is involved.
  const shouldFetch = load.state === 'loading'
  useEffect(() => {
    if (!shouldFetch) return
    const controller = new AbortController()
    fetchFileBytes(href, controller.signal).then((result) => {
      if (!controller.signal.aborted) setLoad(result)
    })
    return () => controller.abort()
  }, [href, shouldFetch])

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault()
        close()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        close()
      }}
      className="m-auto w-[min(64rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <h2 id={headingId} className="min-w-0 text-sm font-semibold break-all">
          Preview of <UntrustedText text={name} max={120} />
        </h2>
        <div className="flex shrink-0 gap-2">
          <a href={href} download target="_blank" rel="noopener noreferrer" className={smallButton}>
            Download
          </a>
          {/* Focus starts here, so Escape and Tab work at once. */}
          {/* biome-ignore lint/a11y/noAutofocus: a modal dialog moves focus into itself */}
          <button type="button" autoFocus className={smallButton} onClick={close}>
            Close
          </button>
        </div>
      </div>
      <div className="p-4">
        <LoadState load={load} href={href} name={name} kind={kind} mediaType={mediaType} />
      </div>
    </dialog>
  )
}

function LoadState({
  load,
  href,
  name,
  kind,
  mediaType,
}: { load: Load } & Omit<Props, 'onClose' | 'size'>) {
  const note = 'text-sm text-slate-700 dark:text-slate-300'
  switch (load.state) {
    case 'loading':
      return (
        <p role="status" className={note}>
          Loading the file…
        </p>
      )
    case 'too-large':
      return (
        <p className={note}>
          Too large to preview (over {formatBytes(PREVIEW_LIMIT_BYTES)}); download it instead.
        </p>
      )
    case 'other-host':
      return (
        <p className={note}>
          Preview not available for files on another host ({domainOf(href) ?? 'unknown host'}).{' '}
          <a href={href} target="_blank" rel="noopener noreferrer" className={textLink}>
            Open it there
          </a>{' '}
          or download it.
        </p>
      )
    case 'failed':
      return <p className={note}>The preview could not be loaded. {load.reason}</p>
    default:
      return <PreviewBody kind={kind} bytes={load.bytes} mediaType={mediaType} name={name} />
  }
}
