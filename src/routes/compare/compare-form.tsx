import { type FormEvent, useId, useState } from 'react'
import { useNavigate } from 'react-router'
import { compareHref } from '@/config/paths'
import { primaryButton } from '@/components/ui/styles'
import { parseRunInput } from './parse-run-input'
import type { SideLabel } from './side-card'

type Field = { value: string; message: string | null }

const PLACEHOLDER = 'https://v3.handinger.com/worker/wrk_…/task/tsk_… or wrk_….tsk_…'

/** Two runs in, the compare link out. Starts from what the address gave, with what was wrong. */
export function CompareForm({
  initial,
  submitLabel = 'Compare',
}: {
  initial: Record<SideLabel, { value: string; message: string | null }>
  submitLabel?: string
}) {
  const navigate = useNavigate()
  const [fields, setFields] = useState<Record<SideLabel, Field>>(initial)

  function submit(event: FormEvent) {
    event.preventDefault()
    const a = parseRunInput(fields.A.value)
    const b = parseRunInput(fields.B.value)
    if (a.ok && b.ok) {
      navigate(compareHref(a.ref, b.ref))
      return
    }
    setFields({
      A: { ...fields.A, message: a.ok ? null : a.message },
      B: { ...fields.B, message: b.ok ? null : b.message },
    })
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {(['A', 'B'] as const).map((label) => (
        <RunField
          key={label}
          label={label}
          field={fields[label]}
          onChange={(value) => setFields({ ...fields, [label]: { value, message: null } })}
        />
      ))}
      <button type="submit" className={primaryButton}>
        {submitLabel}
      </button>
    </form>
  )
}

function RunField({
  label,
  field,
  onChange,
}: {
  label: SideLabel
  field: Field
  onChange: (value: string) => void
}) {
  const inputId = useId()
  const messageId = useId()
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium">
        Run {label}
      </label>
      <input
        id={inputId}
        value={field.value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={PLACEHOLDER}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={field.message ? true : undefined}
        aria-describedby={field.message ? messageId : undefined}
        className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm placeholder:text-slate-500 focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400 dark:focus:border-indigo-400 dark:focus:outline-indigo-400"
      />
      {field.message && (
        <p id={messageId} className="text-sm text-red-700 dark:text-red-400">
          {field.message}
        </p>
      )}
    </div>
  )
}
