import { useMemo } from 'react'
import { focusRing } from '../ui/styles'
import { UntrustedText } from '../ui/untrusted-text'
import { parseCsv } from './csv-parse'
import { formatNumber } from '@/lib/format'

/* Rows past this are left out of the preview; the download has them all. */
export const CSV_PREVIEW_ROWS = 500

export function CsvPreview({ text, name }: { text: string; name: string }) {
  const { rows, truncated } = useMemo(() => parseCsv(text, CSV_PREVIEW_ROWS + 1), [text])
  const [header = [], ...body] = rows
  const width = Math.max(header.length, ...body.map((row) => row.length))
  return (
    <div className="space-y-2">
      <div
        tabIndex={0}
        role="region"
        aria-label={`${name} table`}
        className={`max-h-[65vh] overflow-auto rounded border border-slate-200 dark:border-slate-700 ${focusRing}`}
      >
        <table className="min-w-full text-xs">
          <thead className="sticky top-0 bg-slate-100 text-left dark:bg-slate-800">
            <tr>
              {Array.from({ length: width }, (_, i) => (
                <th
                  key={i}
                  scope="col"
                  className="px-2 py-1 font-medium whitespace-nowrap text-slate-800 dark:text-slate-200"
                >
                  <UntrustedText text={header[i] ?? ''} placeholder={`Column ${i + 1}`} max={60} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map((row, r) => (
              // Rows of a fixed text never reorder, so the index is a stable key.
              <tr key={r} className="border-t border-slate-100 align-top dark:border-slate-800">
                {Array.from({ length: width }, (_, i) => (
                  <td key={i} className="px-2 py-1 text-slate-800 dark:text-slate-200">
                    <UntrustedText text={row[i] ?? ''} placeholder="" max={200} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {truncated && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Showing the first {formatNumber(CSV_PREVIEW_ROWS)} rows; download the file for the rest.
        </p>
      )}
    </div>
  )
}
