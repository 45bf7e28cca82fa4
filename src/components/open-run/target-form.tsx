import { type FormEvent, useId, useState } from 'react'
import { useNavigate } from 'react-router'
import { primaryButton } from '@/components/ui/styles'
import { resolveInput } from '@/components/open-run/resolve-input'

type Props = {
  label: string
  placeholder?: string
  /*
   * 'page': the home page's box, which the "/" shortcut finds by its data-paste-box mark.
   * 'dialog': the command palette's box, focused by the dialog when it opens, and darker than
   * the dialog's own surface so it still reads as a field.
   */
  place: 'page' | 'dialog'
  /** Runs just before navigating to an accepted value, e.g. to close the dialog. */
  onOpen?: () => void
}

/** The paste box: a worker ID, task ID or dashboard URL in, a worker or task route out. */
export function TargetForm({ label, placeholder, place, onOpen }: Props) {
  const navigate = useNavigate()
  const [value, setValue] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const inputId = useId()
  const messageId = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    const result = resolveInput(value)
    if (!result.ok) {
      setMessage(result.message)
      return
    }
    onOpen?.()
    navigate(result.href)
  }

  const placeProps =
    place === 'page'
      ? { 'data-paste-box': true, 'aria-keyshortcuts': '/' }
      : { 'data-autofocus': true }

  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <label
        htmlFor={inputId}
        className="block text-sm font-medium text-slate-800 dark:text-slate-200"
      >
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          {...placeProps}
          value={value}
          onChange={(event) => {
            setValue(event.target.value)
            setMessage(null)
          }}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          className={`min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm placeholder:text-slate-500 focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600 dark:border-slate-600 dark:placeholder:text-slate-400 dark:focus:border-indigo-400 dark:focus:outline-indigo-400 ${place === 'page' ? 'dark:bg-slate-900' : 'dark:bg-slate-950'}`}
        />
        <button type="submit" className={primaryButton}>
          Open
        </button>
      </div>
      {message && (
        <p id={messageId} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
    </form>
  )
}
