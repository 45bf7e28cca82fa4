import type { QueryClient } from '@tanstack/react-query'
import { type RouteObject, createBrowserRouter } from 'react-router'
import { routes } from '@/config/paths'
import { AppShell, PageLoading } from '@/app/app-shell'
import { HomeRoute } from '@/routes/home/home-route'
import { NotFoundRoute } from '@/routes/not-found'
import { RouteError } from '@/routes/route-error'
import { taskResolveLoader, workerLoader } from '@/routes/worker/worker-loader'
import { compareLoader } from '@/routes/compare/compare-loader'

// The worker view carries the markdown stack; it loads on demand so the home page stays light.
// The router starts this import and the loader together, so code and data load side by side.
const lazyWorkerRoute = async () => ({
  Component: (await import('@/routes/worker/worker-route')).WorkerRoute,
})

export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  const loader = workerLoader(queryClient)
  return [
    {
      Component: AppShell,
      HydrateFallback: PageLoading,
      ErrorBoundary: RouteError,
      children: [
        {
          // Inside the shell, so the header stays when a page fails.
          ErrorBoundary: RouteError,
          children: [
            { path: routes.home, Component: HomeRoute },
            { path: routes.worker, loader, lazy: lazyWorkerRoute },
            {
              path: routes.task,
              loader,
              lazy: async () => ({
                Component: (await import('@/routes/task/task-route')).TaskRoute,
              }),
            },
            {
              path: routes.taskResolve,
              loader: taskResolveLoader,
              lazy: async () => ({
                Component: (await import('@/routes/task/task-resolve-route')).TaskResolveRoute,
              }),
            },
            {
              path: routes.saved,
              lazy: async () => ({
                Component: (await import('@/routes/saved/saved-route')).SavedRoute,
              }),
            },
            {
              path: routes.compare,
              loader: compareLoader(queryClient),
              lazy: async () => ({
                Component: (await import('@/routes/compare/compare-route')).CompareRoute,
              }),
            },
            {
              path: routes.snapshot,
              lazy: async () => ({
                Component: (await import('@/routes/snapshot/snapshot-route')).SnapshotRoute,
              }),
            },
            {
              path: routes.snapshots,
              lazy: async () => ({
                Component: (await import('@/routes/snapshot/snapshots-route')).SnapshotsRoute,
              }),
            },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ]
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createAppRoutes(queryClient))
}
