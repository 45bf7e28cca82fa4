import { type ReactNode, useEffect, useId, useRef } from 'react'
import { smallButton } from './styles'

type Props = { open: boolean; onClose: () => void; title: string; children: ReactNode }

/*
 * The native <dialog> opened with showModal(): the browser traps focus inside, makes the page
 * behind inert, closes on Escape and gives focus back to where it was.
 */
export function ModalDialog({ open, onClose, title, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal?.()
      // React keeps autoFocus to itself, so the field meant to take focus is marked instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    }
    if (!open && dialog.open) dialog.close?.()
  }, [open])
  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) onClose()
      }}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {open && (
        <div className="space-y-4 p-5">
          <div className="flex items-center justify-between gap-4">
            <h2 id={headingId} className="text-lg font-semibold">
              {title}
            </h2>
            <button type="button" onClick={onClose} className={smallButton}>
              Close
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  )
}
