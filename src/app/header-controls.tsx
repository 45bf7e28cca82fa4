import { useQuery } from '@tanstack/react-query'
import { appConfigQuery, signInRequired } from '@/api/app-config'
import { GlobalKeys } from '@/app/global-keys'
import { SignOutButton } from '@/routes/access/sign-out-button'

/*
 * The app bar's buttons, as one group at its right end that wraps to a row of its own, still at
 * the right, when the bar is too narrow for the title beside it. None on the access page: opening
 * a run or reading its shortcuts needs a session first.
 */
export function HeaderControls() {
  const config = useQuery(appConfigQuery)
  if (signInRequired(config.data?.access)) return null
  return (
    <div className="ml-auto flex shrink-0 items-center gap-2">
      <GlobalKeys />
      <SignOutButton />
    </div>
  )
}
