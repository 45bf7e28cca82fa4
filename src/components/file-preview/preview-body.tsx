import { useMemo } from 'react'
import { Markdown } from '@/components/markdown/markdown'
import { JsonTree } from '../json/json-tree'
import { smallButton } from '../ui/styles'
import { RevealedText } from '../ui/untrusted-text'
import { CsvPreview } from './csv-preview'
import type { PreviewKind } from '@/shared/preview-media'
import { openPdf } from './open-pdf'
import { formatNumber } from '@/lib/format'

/* Text past this many characters is cut in the preview; the download has it all. */
const TEXT_PREVIEW_CHARS = 200_000

/* Images are not here: the browser loads those itself (see ImagePreview). */
type Props = { kind: Exclude<PreviewKind, 'image'>; bytes: Uint8Array; name: string }

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

function TextPreview({ text, note }: { text: string; note?: string }) {
  const cut = text.length > TEXT_PREVIEW_CHARS
  return (
    <div className="space-y-2">
      {note && <p className="text-xs text-slate-600 dark:text-slate-400">{note}</p>}
      <pre
        tabIndex={0}
        className="max-h-[65vh] overflow-auto rounded bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap break-words text-slate-800 dark:bg-slate-950/60 dark:text-slate-200"
      >
        <RevealedText text={cut ? text.slice(0, TEXT_PREVIEW_CHARS) : text} />
      </pre>
      {cut && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Showing the first {formatNumber(TEXT_PREVIEW_CHARS)} characters; download the file for the
          rest.
        </p>
      )}
    </div>
  )
}

/* The preview for fetched bytes, by the kind the declared media type names. */
export function PreviewBody({ kind, bytes, name }: Props) {
  const text = useMemo(() => (kind === 'pdf' ? '' : decode(bytes)), [kind, bytes])
  const json = useMemo(() => (kind === 'json' ? parseJson(text) : null), [kind, text])
  switch (kind) {
    case 'pdf':
      return (
        <div className="space-y-2 text-sm text-slate-700 dark:text-slate-300">
          <p>PDFs open in the browser&apos;s own viewer, in a new tab.</p>
          <button type="button" className={smallButton} onClick={() => openPdf(bytes)}>
            Open the PDF in a new tab
          </button>
        </div>
      )
    case 'markdown':
      return (
        <div className="max-h-[65vh] overflow-auto">
          <Markdown text={text} />
        </div>
      )
    case 'csv':
      return <CsvPreview text={text} name={name} />
    case 'json':
      return json?.ok ? (
        <JsonTree value={json.value} label={name} />
      ) : (
        <TextPreview text={text} note="Not valid JSON; shown as text." />
      )
    default:
      return <TextPreview text={text} />
  }
}
