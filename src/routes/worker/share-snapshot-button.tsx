import { Share2 } from 'lucide-react'
import { type ComponentType, useState } from 'react'
import { IconLabel } from '@/components/ui/icon-label'
import { ModalDialog } from '@/components/ui/modal-dialog'
import { smallButton } from '@/components/ui/styles'
import type { TaskId, WorkerId } from '@/shared/ids'

type Props = { workerId: WorkerId; taskId: TaskId | null }

/*
 * The form and what it needs (the snapshot API, a mutation) load when the button is first
 * pressed, not with the page; the dialog opens once they are there, so its first field takes the
 * focus as usual.
 */
let ShareForm: ComponentType<Props> | null = null
const loadForm = () =>
  import('./share-snapshot-form').then((module) => {
    ShareForm = module.ShareForm
  })

/** "Share a snapshot": a read-only copy of this run at a link anyone may open until it expires. */
export function ShareSnapshotButton({ workerId, taskId }: Props) {
  const [open, setOpen] = useState(false)
  const [unavailable, setUnavailable] = useState(false)
  const show = () => {
    loadForm().then(
      () => setOpen(true),
      () => {
        setUnavailable(true)
        setOpen(true)
      },
    )
  }
  return (
    <>
      <button type="button" onClick={show} className={smallButton}>
        <IconLabel icon={Share2}>Share a snapshot</IconLabel>
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title="Share a snapshot">
        {/* Mounted while open only: each opening starts a fresh form. */}
        {open && ShareForm && <ShareForm workerId={workerId} taskId={taskId} />}
        {open && !ShareForm && unavailable && (
          <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
            The form could not be loaded. Check the connection and try again.
          </p>
        )}
      </ModalDialog>
    </>
  )
}
