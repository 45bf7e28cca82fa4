import { ExternalLink } from '@/components/ui/external-link'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef } from 'react'
import { formatBytes } from '@/lib/format'
import { PREVIEW_LIMIT_BYTES, type PreviewKind } from '@/shared/preview-media'
import { smallButton } from '../ui/styles'
import { UntrustedText } from '../ui/untrusted-text'
import { PreviewLoadError, previewSource } from './fetch-file'
import { filePreviewQueries } from './file-queries'
import { ImagePreview } from './image-preview'
import { PreviewBody } from './preview-body'

type Props = {
  name: string
  kind: PreviewKind
  /** A checked http(s) URL. */
  href: string
  size?: number
  onClose: () => void
}

/*
 * A modal <dialog>: Escape closes it, focus is trapped inside while open and goes back to the
 * button that opened it (the caller's onClose does that). The file is read only now, when the
 * user asked for the preview: from this page's own origin, or through the server's file route.
 */
export function FilePreviewDialog({ name, kind, href, size, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingId = useId()

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
        <h2 id={headingId} className="min-w-0 text-sm font-semibold break-words">
          Preview of <UntrustedText text={name} max={120} />
        </h2>
        <div className="flex shrink-0 gap-2">
          <ExternalLink url={href} download className={smallButton}>
            Download
          </ExternalLink>
          {/* Focus starts here, so Escape and Tab work at once. */}
          {/* biome-ignore lint/a11y/noAutofocus: a modal dialog moves focus into itself */}
          <button type="button" autoFocus className={smallButton} onClick={close}>
            Close
          </button>
        </div>
      </div>
      <div className="p-4">
        {size !== undefined && size > PREVIEW_LIMIT_BYTES ? (
          <TooLarge />
        ) : kind === 'image' ? (
          // The browser loads the image itself; nothing is read into the page's memory.
          <ImagePreview src={previewSource(href)} name={name} />
        ) : (
          <LoadedPreview source={previewSource(href)} name={name} kind={kind} />
        )}
      </div>
    </dialog>
  )
}

const note = 'text-sm text-slate-700 dark:text-slate-300'

function TooLarge() {
  return (
    <p className={note}>
      Too large to preview (over {formatBytes(PREVIEW_LIMIT_BYTES)}); download it instead.
    </p>
  )
}

function LoadedPreview({
  source,
  name,
  kind,
}: {
  source: string
  name: string
  kind: Exclude<PreviewKind, 'image'>
}) {
  const file = useQuery(filePreviewQueries.bytes(source))
  if (file.isPending) {
    return (
      <p role="status" className={note}>
        Loading the file…
      </p>
    )
  }
  if (file.isError) {
    const error = file.error
    if (error instanceof PreviewLoadError && error.reason === 'too-large') return <TooLarge />
    const reason =
      error instanceof PreviewLoadError ? error.message : 'The file could not be loaded.'
    return <p className={note}>The preview could not be loaded. {reason}</p>
  }
  return <PreviewBody kind={kind} bytes={file.data} name={name} />
}
