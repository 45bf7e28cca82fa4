import type { ReactNode } from 'react'

/* Text with every case-insensitive occurrence of `query` marked; plain text when there is none. */
export function Highlighted({ text, query }: { text: string; query?: string }) {
  if (!query) return text
  const lower = text.toLowerCase()
  const needle = query.toLowerCase()
  let index = lower.indexOf(needle)
  if (index === -1) return text
  const pieces: ReactNode[] = []
  let last = 0
  while (index !== -1) {
    if (index > last) pieces.push(text.slice(last, index))
    pieces.push(
      <mark key={index} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-500/40">
        {text.slice(index, index + needle.length)}
      </mark>,
    )
    last = index + needle.length
    index = lower.indexOf(needle, last)
  }
  if (last < text.length) pieces.push(text.slice(last))
  return pieces
}
