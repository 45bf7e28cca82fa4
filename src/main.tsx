import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { createQueryClient } from '@/app/query-client'
import { createAppRouter } from '@/app/router'
import './index.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')

const queryClient = createQueryClient()
const router = createAppRouter(queryClient)

function render() {
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  )
}

// A page that came with its first screen drawn by the server (server/page/first-screen.tsx)
// keeps it until the route's code and data are in, so the app replaces it with the same view
// rather than with "Loading…" first.
if (root.hasChildNodes() && !router.state.initialized) {
  const stop = router.subscribe((state) => {
    if (!state.initialized) return
    stop()
    render()
  })
} else {
  render()
}
