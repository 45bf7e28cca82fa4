import { Markdown } from '../markdown/markdown'
import { RevealedText } from '../ui/untrusted-text'

/*
 * Assistants write Markdown; anything a user or tool wrote is shown exactly as typed, hidden
 * characters as visible tokens.
 */
export function MessageText({ text, role }: { text: string; role: string }) {
  if (role === 'assistant') return <Markdown text={text} />
  return (
    <p className="text-sm break-words whitespace-pre-wrap text-slate-800 dark:text-slate-200">
      <RevealedText text={text} />
    </p>
  )
}
