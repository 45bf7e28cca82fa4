import { Bell, BellRing } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { IconLabel } from '@/components/ui/icon-label'
import { smallButton } from '@/components/ui/styles'
import type { RunStatus } from '@/api/worker/status'
import type { WatchControls } from '@/app/watch-store'

type Props = { status: RunStatus; workerId: string; taskId: string | null; watch: WatchControls }

/** A system notification is for a run that ends out of sight; on screen, the page says it. */
function tabHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden'
}

/**
 * "Notify me when it finishes": permission is asked only on this click. Once armed, the view
 * keeps polling in a background tab (see applyWatch) and, on the first finished status, one
 * notification fires if the tab is hidden; then the switch turns itself off either way.
 */
export function NotifyButton({ status, workerId, taskId, watch }: Props) {
  const [message, setMessage] = useState('')
  const fired = useRef(false)
  const { notifyArmed, setNotify } = watch

  useEffect(() => {
    if (!notifyArmed || status.active || fired.current) return
    fired.current = true
    setNotify(false)
    if (!tabHidden()) return
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return
    // Only our own words and the ID: nothing the run wrote goes into a system notification.
    new Notification(`${status.symbol} ${status.word}: ${taskId ?? workerId}`, {
      body: `The Handinger run you were watching is ${status.word.toLowerCase()}.`,
      tag: `${workerId}/${taskId ?? ''}`,
    })
  }, [notifyArmed, status, workerId, taskId, setNotify])

  if (!status.active && !notifyArmed) return null

  async function toggle() {
    if (notifyArmed) {
      setNotify(false)
      return
    }
    if (typeof Notification === 'undefined') {
      setMessage('This browser cannot show notifications.')
      return
    }
    const permission =
      Notification.permission === 'default'
        ? await Notification.requestPermission()
        : Notification.permission
    if (permission !== 'granted') {
      setMessage('Notifications are blocked for this site in the browser settings.')
      return
    }
    setMessage('')
    fired.current = false
    setNotify(true)
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-pressed={notifyArmed}
        onClick={toggle}
        className={`${smallButton} aria-pressed:border-sky-600 aria-pressed:bg-sky-50 dark:aria-pressed:bg-sky-950`}
      >
        <IconLabel icon={notifyArmed ? BellRing : Bell}>Notify me when it finishes</IconLabel>
      </button>
      {/* Out of the flow while empty, so it adds no gap; always mounted, as a live region must be. */}
      <span role="status" className="text-xs text-slate-700 empty:absolute dark:text-slate-300">
        {message}
      </span>
    </span>
  )
}
