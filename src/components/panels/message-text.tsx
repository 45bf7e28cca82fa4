import { Markdown } from '../markdown/markdown'

/* Assistants write Markdown; anything a user or tool wrote is shown exactly as typed. */
export function MessageText({ text, role }: { text: string; role: string }) {
  if (role === 'assistant') return <Markdown text={text} />
  return (
    <p className="text-sm break-words whitespace-pre-wrap text-slate-800 dark:text-slate-200">
      {text}
    </p>
  )
}
