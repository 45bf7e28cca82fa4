import { type FormEvent, useId, useState } from 'react'
import { useNavigate } from 'react-router'
import { ModalDialog } from '@/components/ui/modal-dialog'
import { primaryButton } from '@/components/ui/styles'
import { readRecent } from '@/lib/storage'
import { RecentList } from '@/routes/home/recent-list'
import { resolveInput } from '@/routes/home/resolve-input'

/** Ctrl/Cmd-K: open a pasted ID or URL, or one of the recent runs. */
export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Open a run">
      {/* Mounted only while open, so each opening starts empty with a fresh recent list. */}
      {open && <PaletteBody onClose={onClose} />}
    </ModalDialog>
  )
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate()
  const [value, setValue] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [recent] = useState(readRecent)
  const inputId = useId()
  const messageId = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    const result = resolveInput(value)
    if (!result.ok) {
      setMessage(result.message)
      return
    }
    onClose()
    navigate(result.href)
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} noValidate className="space-y-2">
        <label htmlFor={inputId} className="block text-sm font-medium">
          Worker ID, task ID or URL
        </label>
        <div className="flex gap-2">
          <input
            id={inputId}
            data-autofocus
            value={value}
            onChange={(event) => {
              setValue(event.target.value)
              setMessage(null)
            }}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? messageId : undefined}
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600 dark:border-slate-600 dark:bg-slate-950 dark:focus:border-indigo-400 dark:focus:outline-indigo-400"
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
      {recent.length > 0 && (
        <nav aria-label="Recent runs" className="space-y-2">
          <h3 className="text-sm font-semibold">Recent runs</h3>
          <RecentList items={recent} onOpen={onClose} />
        </nav>
      )}
    </div>
  )
}
