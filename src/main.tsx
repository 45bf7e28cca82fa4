import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { createQueryClient } from '@/app/query-client'
import { handOverFirstScreen, untilNotTyping } from '@/app/first-screen-handover'
import { createAppRouter } from '@/app/router'
import { WholeStylesheet } from '@/app/whole-stylesheet'
import { yieldToBrowser } from '@/lib/yield-to-browser'
import { firstRunReads } from '@/routes/worker/worker-loader'
import './index.css'

// A page that came with its first screen drawn by the server (server/page/first-screen.tsx)
// keeps it until the route's code and data are in, so the app replaces it with the same view
// rather than with "Loading…" first, and while the reader types in its search box (at most 2 s
// more); a read that takes longer than a few seconds gets the app's own loading state.
const FIRST_SCREEN_HOLD_MS = 3_000

// The modules above are evaluated in one task; the app starts in the next one (start, below).
// Together they were a single task of 120-200 ms on a phone-speed CPU (4x slowdown), the page
// unable to answer a key. Not a top-level await: the bundler would then move every module the
// entry shares with a lazy chunk out of the entry's chunk, twice the files to fetch.
void yieldToBrowser().then(start)

function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('The page has no #root element.')
  const queryClient = createQueryClient()
  const router = createAppRouter(queryClient)

  function render() {
    if (!root) return
    handOverFirstScreen(root)
    const app = createRoot(root)
    // Rendered in slices that yield to the browser (a transition), not in one long task: the
    // page stays responsive while the app builds itself, and a screen drawn by the server stays
    // on show until the whole app can replace it at once.
    startTransition(() =>
      app.render(
        <StrictMode>
          <WholeStylesheet />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </StrictMode>,
      ),
    )
  }

  function renderOnceRead() {
    const settled = firstRunReads()
    if (!settled) return render()
    const late = new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_HOLD_MS))
    void Promise.race([settled, late])
      .then(() => root && untilNotTyping(root))
      .then(render)
  }

  if (root.hasChildNodes() && !router.state.initialized) {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      renderOnceRead()
    })
  } else if (root.hasChildNodes()) {
    renderOnceRead()
  } else {
    render()
  }
}
