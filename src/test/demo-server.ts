import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createApp } from '@/server/app'
import type { DemoOptions } from '@/server/demo/demo-api'

/*
 * Tests talk to the same server app as the browser does in demo mode (the simulated Handinger
 * API behind /api), through msw. Anything else a test tries to fetch fails the test.
 */
export function setupDemoServer(options?: DemoOptions) {
  // The page meets Handinger's faults here, not the inspector's own per-address limit (tested in
  // server/net): on a fake clock, minutes of retries pass in moments and would trip it.
  const app = createApp({ upstream: null, demo: options, apiRate: null })
  const server = setupServer(
    http.all(/^https?:\/\/[^/]+\/(api|_app)\//, ({ request }) => app.fetch(request)),
  )
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}
