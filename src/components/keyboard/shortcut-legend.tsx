import { ModalDialog } from '@/components/ui/modal-dialog'
import { SHORTCUTS } from './shortcuts'

export function ShortcutLegend({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th>Keys</th>
            <th>Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr
              key={shortcut.description}
              className="border-t border-slate-200 dark:border-slate-800"
            >
              <td className="py-1.5 pr-4 whitespace-nowrap">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' + '}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                      {key}
                    </kbd>
                  </span>
                ))}
              </td>
              <td className="py-1.5">{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Single keys do nothing while you type in a field. Ctrl + F searches the run.
      </p>
    </ModalDialog>
  )
}
