import { memo, useMemo } from 'react'
import { formatBytes } from '@/lib/format'
import { domainOf } from '@/lib/safe-url'
import { JsonBlock } from '../json/json-block'
import { ExternalLink } from '../ui/external-link'
import { RevealedText, UntrustedText } from '../ui/untrusted-text'
import { type OutputEntry, outputEntries } from './output-items'
import { ToolPart } from './tool-part'

/* Below the answer: what `output` holds besides it (see output-items), when there is any. */
export const OutputExtras = memo(function OutputExtras({
  output,
  answer,
}: {
  output: readonly unknown[]
  answer: string
}) {
  const entries = useMemo(() => outputEntries(output, answer), [output, answer])
  if (entries.length === 0) return null
  return (
    <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-800">
      <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        Also in <code className="font-mono">output</code>
      </h3>
      <ul className="mt-3 space-y-3 text-sm">
        {entries.map((entry, index) => (
          // Entries are derived in order from one response; the index is stable for it.
          <li key={index}>
            <Entry entry={entry} />
          </li>
        ))}
      </ul>
    </div>
  )
})

function Label({ text }: { text: string }) {
  // A content part's own type may be part of it.
  return (
    <p className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-400">
      <RevealedText text={text} />
    </p>
  )
}

function Entry({ entry }: { entry: OutputEntry }) {
  switch (entry.kind) {
    case 'text':
      return (
        <>
          <Label text={entry.label} />
          <p className="break-words whitespace-pre-wrap text-slate-800 dark:text-slate-200">
            <RevealedText text={entry.text} />
          </p>
        </>
      )
    case 'tool':
      return <ToolPart name={entry.name} part={entry.part} />
    case 'image':
      return (
        <>
          <Label text={entry.label} />
          {entry.url !== null ? (
            // Never loaded here (a hostile image could track the reader): a link to it.
            <ExternalLink url={entry.url}>
              <UntrustedText text={domainOf(entry.url) ?? entry.url} max={80} /> (opens the image)
            </ExternalLink>
          ) : (
            <p className="text-slate-700 dark:text-slate-300">
              Sent inline
              {entry.bytes !== null && `, ${formatBytes(entry.bytes)}`}; not shown here (see the
              JSON download).
            </p>
          )}
        </>
      )
    case 'json':
      return (
        <>
          <Label text={entry.label} />
          <JsonBlock value={entry.value} />
        </>
      )
  }
}
