import { useQuery } from '@tanstack/react-query'
import { Link, Outlet } from 'react-router'
import { appConfigQuery } from '@/api/app-config'
import { HeaderControls } from '@/app/header-controls'
import { AccessGate } from '@/routes/access/access-gate'
import { ShortcutsProvider } from '@/components/keyboard/shortcuts'
import { WatchProvider } from '@/app/watch-store'
import { FileDrop } from '@/app/file-drop'
import { AppFrame, HOME_LINK_CLASS, HomeLinkContent } from '@/components/app-frame'

export function AppShell() {
  const config = useQuery(appConfigQuery)
  return (
    <ShortcutsProvider>
      <WatchProvider>
        <Frame demo={config.data?.mode === 'demo'}>
          <AccessGate>
            <FileDrop />
            <Outlet />
          </AccessGate>
        </Frame>
      </WatchProvider>
    </ShortcutsProvider>
  )
}

/** The page frame, also shown while the app itself loads. */
function Frame({ demo, children }: { demo: boolean; children: React.ReactNode }) {
  const homeLink = (
    <Link to="/" className={HOME_LINK_CLASS}>
      <HomeLinkContent />
    </Link>
  )
  return (
    <AppFrame demo={demo} homeLink={homeLink} controls={children !== null && <HeaderControls />}>
      {children ?? (
        <p className="p-6 text-slate-600 dark:text-slate-400" role="status">
          Loading…
        </p>
      )}
    </AppFrame>
  )
}

export function PageLoading() {
  return <Frame demo={false}>{null}</Frame>
}
