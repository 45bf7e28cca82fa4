import { type ReactNode, useEffect, useId, useRef } from 'react'
import { smallButton } from './styles'

type Props = {
  open: boolean
  onClose: () => void
  title: ReactNode
  children: ReactNode
  /** Links or buttons placed beside Close (a Download, say). */
  actions?: ReactNode
  /** Wide for content to look at (a file preview); narrow for a short form or list. */
  size?: 'narrow' | 'wide'
}

const WIDTH = { narrow: 'w-[min(36rem,calc(100vw-2rem))]', wide: 'w-[min(64rem,calc(100vw-2rem))]' }

/*
 * The one dialog: the native <dialog> opened with showModal(), so the browser traps focus inside
 * and makes the page behind inert. Escape, Close and a click on the backdrop close it. Focus
 * starts on the element marked data-autofocus (React keeps autoFocus to itself), else on Close.
 */
export function ModalDialog({ open, onClose, title, children, actions, size = 'narrow' }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const headingId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
      const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? closeButton.current
      first?.focus()
    }
    if (!open && dialog.open) shut(dialog)
  }, [open])

  // A dialog removed while open (its owner unmounted) leaves the page usable behind it.
  useEffect(() => {
    const dialog = ref.current
    return () => {
      if (dialog?.open) shut(dialog)
    }
  }, [])

  // Closed first: while a modal dialog is open, everything outside it is inert and cannot take
  // the focus that onClose may give back to the button that opened it.
  function close() {
    if (ref.current?.open) shut(ref.current)
    onClose()
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault()
        close()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        close()
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) close()
      }}
      className={`m-auto ${WIDTH[size]} rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    >
      {open && (
        <>
          <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-5 py-3 dark:border-slate-800">
            <h2 id={headingId} className="min-w-0 text-lg font-semibold break-words">
              {title}
            </h2>
            <div className="flex shrink-0 gap-2">
              {actions}
              <button ref={closeButton} type="button" onClick={close} className={smallButton}>
                Close
              </button>
            </div>
          </div>
          <div className="space-y-4 p-5">{children}</div>
        </>
      )}
    </dialog>
  )
}

function shut(dialog: HTMLDialogElement) {
  if (typeof dialog.close === 'function') dialog.close()
  else dialog.removeAttribute('open')
}
