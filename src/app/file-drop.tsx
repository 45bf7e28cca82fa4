import { FileJson } from 'lucide-react'
import { useEffect, useEffectEvent, useState } from 'react'
import { useOpenSavedFile } from '@/components/open-run/use-open-saved-file'

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false

/*
 * A run's JSON dropped anywhere on the app opens as a saved run. While a file is dragged over
 * the window, the page says what dropping it will do; nothing is uploaded.
 */
export function FileDrop() {
  const { open, error, dismiss } = useOpenSavedFile()
  const [over, setOver] = useState(false)
  const openDropped = useEffectEvent((file: File) => void open(file))

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the
    // file has left the window.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth += 1
      setOver(true)
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const overWindow = (event: DragEvent) => {
      // Without this the browser would open the file itself, leaving the app.
      if (carriesFiles(event)) event.preventDefault()
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setOver(false)
      const file = event.dataTransfer?.files[0]
      if (file) openDropped(file)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', overWindow)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', overWindow)
      window.removeEventListener('drop', drop)
    }
  }, [])

  return (
    <>
      {over && (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6">
          <p className="flex items-center gap-3 rounded-lg bg-white px-6 py-4 text-lg font-medium text-slate-900 shadow-lg dark:bg-slate-800 dark:text-slate-100">
            <FileJson aria-hidden="true" className="h-6 w-6" />
            Drop a run’s JSON to open it here. Nothing is uploaded.
          </p>
        </div>
      )}
      {error && (
        <div
          role="alert"
          className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-xl items-start gap-3 rounded-lg border border-rose-300 bg-white p-4 text-sm text-rose-800 shadow-lg dark:border-rose-700 dark:bg-slate-900 dark:text-rose-300"
        >
          <span className="flex-1">{error}</span>
          <button
            type="button"
            onClick={dismiss}
            className="font-medium underline underline-offset-2"
          >
            Dismiss
          </button>
        </div>
      )}
    </>
  )
}
