import { useId, useState } from 'react'
import { JsonBlock } from './json-block'
import { smallButton } from '../ui/styles'

type ButtonProps = { open: boolean; onToggle: () => void; controls: string }

export function JsonToggleButton({ open, onToggle, controls }: ButtonProps) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
      className={smallButton}
    >
      {open ? 'Hide JSON' : 'Show JSON'}
    </button>
  )
}

/* Button and block stacked; the JSON is only stringified and mounted while shown. */
export function JsonToggle({ value }: { value: unknown }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <div>
      <JsonToggleButton open={open} onToggle={() => setOpen(!open)} controls={id} />
      {open && (
        <div className="mt-2">
          <JsonBlock value={value} id={id} />
        </div>
      )}
    </div>
  )
}
