import { type RouteObject, createBrowserRouter } from 'react-router'
import { routes } from '@/config/paths'
import { AppShell, PageLoading } from '@/routes/app-shell'
import { HomeRoute } from '@/routes/home/home-route'
import { NotFoundRoute } from '@/routes/not-found'
import { RouteError } from '@/routes/route-error'

// The worker view carries the markdown stack; it loads on demand so the home page stays light.
const lazyWorkerRoute = async () => ({
  Component: (await import('@/routes/worker/worker-route')).WorkerRoute,
})

export const appRoutes: RouteObject[] = [
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
          { path: routes.worker, lazy: lazyWorkerRoute },
          {
            path: routes.task,
            lazy: async () => ({ Component: (await import('@/routes/task/task-route')).TaskRoute }),
          },
          {
            path: '/tasks/:taskId',
            lazy: async () => ({
              Component: (await import('@/routes/task/task-resolve-route')).TaskResolveRoute,
            }),
          },
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(appRoutes)
}
