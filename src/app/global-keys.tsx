import { Keyboard, Search } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useLocation } from 'react-router'
import { IconLabel } from '@/components/ui/icon-label'
import { smallButton } from '@/components/ui/styles'
import { CommandPalette } from '@/app/command-palette'
import { ShortcutLegend } from '@/components/keyboard/shortcut-legend'
import { useShortcut } from '@/components/keyboard/shortcuts'

/** The app-wide keys and their buttons: the palette (Ctrl/Cmd-K, "/") and the legend ("?"). */
export function GlobalKeys() {
  const [dialog, setDialog] = useState<'palette' | 'legend' | null>(null)
  const close = () => setDialog(null)
  // The home page has the paste box itself; the button would only be one more Tab stop.
  const home = useLocation().pathname === '/'

  useShortcut('?', () => setDialog('legend'))
  useShortcut('/', () => {
    const box = document.querySelector<HTMLInputElement>('input[data-paste-box]')
    if (box) box.focus()
    else setDialog('palette')
  })

  // The palette's key works everywhere, even in a field: it is what Ctrl/Cmd-K means in apps.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setDialog('palette')
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  // Buttons only: the app bar places them (header-controls.tsx).
  return (
    <>
      {!home && (
        <button
          type="button"
          onClick={() => setDialog('palette')}
          aria-keyshortcuts="Control+K Meta+K"
          className={`${smallButton} whitespace-nowrap`}
        >
          <IconLabel icon={Search}>Open a run…</IconLabel>
        </button>
      )}
      {/* A touch-only device has no keys to press: no button for their list. */}
      <button
        type="button"
        onClick={() => setDialog('legend')}
        aria-keyshortcuts="?"
        className={`${smallButton} whitespace-nowrap touch-only:hidden`}
      >
        <IconLabel icon={Keyboard}>Shortcuts</IconLabel>
      </button>
      <CommandPalette open={dialog === 'palette'} onClose={close} />
      <ShortcutLegend open={dialog === 'legend'} onClose={close} />
    </>
  )
}
