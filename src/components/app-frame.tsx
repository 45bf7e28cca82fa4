import type { ReactNode } from 'react'

/*
 * The page frame: skip link, app bar, main. Drawn by the app (app/app-shell.tsx) and, before the
 * app's scripts run, by the server's first screen (components/first-screen/), so both look the
 * same. The home link is the caller's: a router link in the app, a plain one on the server.
 */
export const HOME_LINK_CLASS =
  'flex min-w-0 items-center gap-2 rounded font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-slate-100 dark:focus-visible:outline-indigo-400'

/*
 * The app's mark (public/favicon.svg) written into the page rather than loaded as an image: an
 * SVG image is a document of its own, which the browser builds and decodes on the main thread
 * while it prepares the first paint, and asks for by a request of its own.
 */
function Mark() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className="h-6 w-6 shrink-0">
      <rect width="32" height="32" rx="7" fill="#4338ca" />
      <circle cx="14" cy="14" r="7" fill="none" stroke="#fff" strokeWidth="3" />
      <path d="M19 19l6 6" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  )
}

export function HomeLinkContent() {
  return (
    <>
      <Mark />
      <span className="truncate">Handinger Worker Inspector</span>
    </>
  )
}

type Props = { demo: boolean; homeLink: ReactNode; controls: ReactNode; children: ReactNode }

export function AppFrame({ demo, homeLink, controls, children }: Props) {
  return (
    <div className="min-h-screen">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow dark:focus:bg-slate-800 dark:focus:text-slate-100"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-3">
          {/* One line on a phone too: the name gives way (with an ellipsis), the controls do not. */}
          {homeLink}
          {demo && (
            <span
              className="shrink-0 whitespace-nowrap rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-400/15 dark:text-amber-200"
              title="No HANDINGER_API_KEY is configured on the server, so every worker comes from the built-in simulated API."
            >
              Demo data
            </span>
          )}
          {controls}
        </div>
      </header>
      <main id="content" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  )
}
