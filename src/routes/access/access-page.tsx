import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { appConfigQuery } from '@/api/app-config'
import { primaryButton } from '@/components/ui/styles'
import { forgetSessionData } from '@/api/session-data'
import { signIn } from './session-api'

const TEXT = {
  team: {
    title: 'Access',
    intro: 'This inspector is shared by a team. Enter the access secret you were given.',
    label: 'Access secret',
  },
  byok: {
    title: 'Use your Handinger key',
    intro:
      'This inspector reads Handinger with your own API key. The server keeps it in an encrypted cookie that page scripts cannot read, until you sign out.',
    label: 'Handinger API key',
  },
}

// The browser dropped the cookie: Secure cookies need HTTPS (or localhost).
const COOKIE_REFUSED =
  'Signed in, but the browser did not keep the session cookie. Open the inspector over HTTPS.'

export function AccessPage({ mode }: { mode: 'team' | 'byok' }) {
  const queryClient = useQueryClient()
  const [value, setValue] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Set after too many failed tries: the button waits until the server takes another.
  const [retryAt, setRetryAt] = useState<number | null>(null)
  const inputId = useId()
  const messageId = useId()
  const text = TEXT[mode]

  // Whatever the previous session fetched goes as soon as access is asked for.
  useEffect(() => forgetSessionData(queryClient), [queryClient])

  useEffect(() => {
    if (retryAt === null) return
    const timer = setTimeout(
      () => {
        setRetryAt(null)
        setMessage(null)
      },
      Math.max(0, retryAt - Date.now()),
    )
    return () => clearTimeout(timer)
  }, [retryAt])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!value.trim()) return setMessage(`Enter the ${text.label.toLowerCase()}.`)
    setBusy(true)
    const result = await signIn(mode === 'team' ? { secret: value } : { apiKey: value })
    if (!result.ok) {
      setBusy(false)
      setRetryAt(result.retryAt ?? null)
      return setMessage(result.message)
    }
    forgetSessionData(queryClient)
    const config = await queryClient.fetchQuery({ ...appConfigQuery, staleTime: 0 })
    setBusy(false)
    if (!config.access.signedIn) setMessage(COOKIE_REFUSED)
  }

  return (
    <div className="mx-auto max-w-md space-y-4 py-8">
      <title>{`${text.title} · Handinger Worker Inspector`}</title>
      <h1 className="text-2xl font-semibold tracking-tight">{text.title}</h1>
      <p className="text-slate-700 dark:text-slate-300">{text.intro}</p>
      <form onSubmit={submit} noValidate className="space-y-3">
        <label
          htmlFor={inputId}
          className="block text-sm font-medium text-slate-800 dark:text-slate-200"
        >
          {text.label}
        </label>
        <input
          id={inputId}
          type="password"
          value={value}
          onChange={(event) => {
            setValue(event.target.value)
            // When to try again stays in view until then.
            if (retryAt === null) setMessage(null)
          }}
          autoComplete={mode === 'team' ? 'current-password' : 'off'}
          spellCheck={false}
          required
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600 dark:border-slate-600 dark:bg-slate-900 dark:focus:border-indigo-400 dark:focus:outline-indigo-400"
        />
        <button type="submit" className={primaryButton} disabled={busy || retryAt !== null}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {message && (
          <p id={messageId} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {message}
          </p>
        )}
      </form>
    </div>
  )
}
