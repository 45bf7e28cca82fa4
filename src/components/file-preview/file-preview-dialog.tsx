import { ExternalLink } from '@/components/ui/external-link'
import { useQuery } from '@tanstack/react-query'
import { formatBytes } from '@/lib/format'
import { PREVIEW_LIMIT_BYTES, type PreviewKind } from '@/shared/preview-media'
import { ModalDialog } from '../ui/modal-dialog'
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
 * The file is read only now, when the user asked for the preview: from this page's own origin,
 * or through the server's file route. Closing gives focus back to the button that opened it
 * (the caller's onClose does that).
 */
export function FilePreviewDialog({ name, kind, href, size, onClose }: Props) {
  return (
    <ModalDialog
      open
      onClose={onClose}
      size="wide"
      title={
        <span className="text-sm">
          Preview of <UntrustedText text={name} max={120} />
        </span>
      }
      actions={
        <ExternalLink url={href} download className={smallButton}>
          Download
        </ExternalLink>
      }
    >
      {size !== undefined && size > PREVIEW_LIMIT_BYTES ? (
        <TooLarge />
      ) : kind === 'image' ? (
        // The browser loads the image itself; nothing is read into the page's memory.
        <ImagePreview src={previewSource(href)} name={name} />
      ) : (
        <LoadedPreview source={previewSource(href)} name={name} kind={kind} />
      )}
    </ModalDialog>
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
