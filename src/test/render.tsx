import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { RouterProvider, createMemoryRouter } from 'react-router'
import { createAppRoutes } from '@/app/router'

/** A fresh QueryClient per test, without retries unless a test asks for the app's policy. */
export function createTestQueryClient(
  overrides: ConstructorParameters<typeof QueryClient>[0] = {},
) {
  return new QueryClient({
    ...overrides,
    defaultOptions: { queries: { retry: false, ...overrides.defaultOptions?.queries } },
  })
}

/** Renders the whole app (real routes) at `path`. */
export function renderApp(path: string, client = createTestQueryClient()) {
  const router = createMemoryRouter(createAppRoutes(client), { initialEntries: [path] })
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, router, client }
}
