import { displayName, ellipsize, splitHidden } from '@/lib/visible-text'

type Props = {
  /** Any value from a response; non-strings and empty strings show the placeholder. */
  text: unknown
  placeholder?: string
  /** Longer names are cut with an ellipsis; the full text is on hover. */
  max?: number
  className?: string
}

/*
 * A short untrusted string (a title, a file name, a role): hidden characters shown as tokens,
 * isolated with <bdi> so right-to-left text cannot reorder what sits around it.
 */
export function UntrustedText({ text, placeholder = '(no name)', max = 200, className }: Props) {
  const full = displayName(text, placeholder)
  const empty = full === placeholder && (typeof text !== 'string' || text.trim() === '')
  const shown = ellipsize(full, max)
  return (
    <bdi
      className={`${empty ? 'italic text-slate-600 dark:text-slate-400' : ''} ${className ?? ''}`.trim()}
      title={shown === full ? undefined : full}
    >
      {shown}
    </bdi>
  )
}

/* Longer untrusted text (a message, a paragraph): hidden characters as marked tokens in place. */
export function RevealedText({ text }: { text: string }) {
  const pieces = splitHidden(text)
  // Plain text stays one text node: nothing to mark, nothing to wrap.
  if (pieces.every((piece) => 'text' in piece)) return text
  return pieces.map((piece, index) =>
    'hidden' in piece ? (
      <HiddenCharacter key={index} label={piece.label} />
    ) : (
      // Pieces never reorder for a given text, so the index is a stable key.
      <span key={index}>{piece.text}</span>
    ),
  )
}

export function HiddenCharacter({ label }: { label: string }) {
  return (
    <span
      className="mx-px rounded-sm bg-amber-100 px-0.5 font-mono text-[0.8em] text-amber-900 dark:bg-amber-400/20 dark:text-amber-200"
      title={`Hidden character ${label}`}
    >
      ⟨{label}⟩
    </span>
  )
}
