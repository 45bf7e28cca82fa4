import { FolderOpen } from 'lucide-react'
import { useId, useRef } from 'react'
import { IconLabel } from '@/components/ui/icon-label'
import { smallButton } from '@/components/ui/styles'
import { useOpenSavedFile } from './use-open-saved-file'

/** A file picker for a run saved as JSON ("Download JSON", or a task from the API). */
export function OpenSavedRunButton({
  label = 'Open a saved run…',
  onOpened,
}: {
  label?: string
  /** Called once the run's page is opening (the palette closes itself then). */
  onOpened?: () => void
}) {
  const input = useRef<HTMLInputElement>(null)
  const errorId = useId()
  const { open, error, busy } = useOpenSavedFile(onOpened)
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        data-saved-run-input
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared, so choosing the same file again opens it again.
          event.target.value = ''
          if (file) void open(file)
        }}
      />
      <button
        type="button"
        onClick={() => input.current?.click()}
        disabled={busy}
        aria-describedby={error ? errorId : undefined}
        className={smallButton}
      >
        <IconLabel icon={FolderOpen}>{busy ? 'Opening…' : label}</IconLabel>
      </button>
      {error && (
        <span id={errorId} role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {error}
        </span>
      )}
    </span>
  )
}
