import { type ReactNode, createContext, useContext, useEffect, useRef, useState } from 'react'

/*
 * Single-key shortcuts. One keydown listener for the app; views register what a key does while
 * they are on screen. Keys never fire while typing in a field, while a dialog is open, or with
 * Ctrl, Cmd or Alt held (those belong to the browser, the palette and the run search).
 */
export const SHORTCUTS = [
  { keys: ['/'], description: 'Focus the paste box (home) or open the command palette' },
  { keys: ['Ctrl', 'K'], description: 'Open the command palette (⌘K on a Mac)' },
  { keys: ['r'], description: 'Refresh the worker now' },
  { keys: ['p'], description: 'Pause or resume live updates' },
  { keys: ['c'], description: 'Copy a link to this view' },
  { keys: ['e'], description: 'Go to the next problem of the run (failed tool call, error)' },
  { keys: ['Shift', 'E'], description: 'Go to the previous problem of the run' },
  { keys: ['?'], description: 'Show this list of shortcuts' },
  { keys: ['Esc'], description: 'Close a dialog' },
] as const

type Handler = () => void
type Registry = Map<string, Handler[]>

const ShortcutContext = createContext<Registry | null>(null)

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null
}

export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState<Registry>(() => new Map())
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat) return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target)) return
      if (document.querySelector('dialog[open]')) return
      const handlers = registry.get(event.key)
      const handler = handlers?.[handlers.length - 1]
      if (!handler) return
      event.preventDefault()
      handler()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [registry])
  return <ShortcutContext value={registry}>{children}</ShortcutContext>
}

/** While mounted, `key` runs `handler`; the most recently mounted handler of a key wins. */
export function useShortcut(key: string, handler: Handler, enabled = true) {
  const registry = useContext(ShortcutContext)
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    if (!registry || !enabled) return
    const run = () => latest.current()
    registry.set(key, [...(registry.get(key) ?? []), run])
    return () => {
      registry.set(
        key,
        (registry.get(key) ?? []).filter((h) => h !== run),
      )
    }
  }, [registry, key, enabled])
}
