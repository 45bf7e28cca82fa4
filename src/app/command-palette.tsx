import { useState } from 'react'
import { Link } from 'react-router'
import { routes } from '@/config/paths'
import { textLink } from '@/components/ui/styles'
import { ModalDialog } from '@/components/ui/modal-dialog'
import { readRecent } from '@/components/open-run/recent-workers'
import { RecentList } from '@/components/open-run/recent-list'
import { TargetForm } from '@/components/open-run/target-form'
import { OpenSavedRunButton } from '@/components/open-run/open-saved-run'

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
  const [recent] = useState(readRecent)
  return (
    <div className="space-y-4">
      <TargetForm label="Worker ID, task ID or URL" place="dialog" onOpen={onClose} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <OpenSavedRunButton onOpened={onClose} />
        <Link to={routes.compare} onClick={onClose} className={textLink}>
          Compare two runs
        </Link>
      </div>
      {recent.length > 0 && (
        <nav aria-label="Recent runs" className="space-y-2">
          <h3 className="text-sm font-semibold">Recent runs</h3>
          <RecentList items={recent} onOpen={onClose} />
        </nav>
      )}
    </div>
  )
}
