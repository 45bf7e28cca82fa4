import { useState } from 'react'
import { useNavigate } from 'react-router'
import { MAX_SAVED_RUN_BYTES, parseSavedRun } from '@/api/saved-run/parse-saved-run'
import { keepSavedRun } from '@/api/saved-run/saved-runs'
import { savedHref } from '@/config/paths'
import { formatBytes } from '@/lib/format'

/** Reads a file the person chose or dropped and opens it as a saved run, or says why not. */
export function useOpenSavedFile(onOpened?: () => void) {
  const navigate = useNavigate()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function open(file: File) {
    setError(null)
    if (file.size > MAX_SAVED_RUN_BYTES) {
      setError(
        `This file is ${formatBytes(file.size)}; saved runs up to ${formatBytes(MAX_SAVED_RUN_BYTES)} can be opened.`,
      )
      return
    }
    setBusy(true)
    try {
      const text = await file.text()
      const result = parseSavedRun(text, file.name)
      if (!result.ok) {
        setError(result.message)
        return
      }
      void navigate(savedHref(keepSavedRun(result.run, text)))
      onOpened?.()
    } catch {
      setError('The file could not be read.')
    } finally {
      setBusy(false)
    }
  }

  return { open, error, busy, dismiss: () => setError(null) }
}
