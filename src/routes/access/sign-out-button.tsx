import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { appConfigQuery } from '@/api/app-config'
import { primaryButton, smallButton } from '@/components/ui/styles'
import { forgetSessionData } from '@/api/session-data'
import { forgetPersonalData } from '@/lib/personal-storage'
import { refreshAccess } from './forget-session'
import { signOut } from './session-api'

/**
 * Ends this browser's session, shown only while there is one. Small in the app bar; `primary`
 * where signing out is the way forward (a key Handinger no longer takes).
 */
export function SignOutButton({ look = 'small' }: { look?: 'small' | 'primary' }) {
  const config = useQuery(appConfigQuery)
  const queryClient = useQueryClient()
  const [failed, setFailed] = useState(false)
  const access = config.data?.access
  if (!access || access.mode === 'none' || !access.signedIn) return null

  async function leave() {
    try {
      await signOut()
    } catch {
      setFailed(true)
      return
    }
    forgetSessionData(queryClient)
    // The recent list and anything else this browser kept for the person.
    forgetPersonalData()
    await refreshAccess(queryClient)
  }

  return (
    <span className="flex items-center gap-2">
      {failed && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          Sign-out failed.
        </span>
      )}
      <button
        type="button"
        className={look === 'primary' ? primaryButton : smallButton}
        onClick={() => void leave()}
      >
        Sign out
      </button>
    </span>
  )
}
