import { afterAll, afterEach } from 'vitest'

// The DOM helpers only where there is a DOM: a test file without one
// (`@vitest-environment node`) is spared loading React DOM and the matchers.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest')
  const { cleanup, configure } = await import('@testing-library/react')
  // findBy/waitFor wait for an event; the cap only matters on a slow machine (lazy route chunks).
  configure({ asyncUtilTimeout: 10_000 })
  // jsdom has no Worker; markdown is parsed by a stand-in that runs the worker's job in this thread.
  const { installMarkdownWorker, settleMarkdownWorkers } = await import(
    './in-process-markdown-worker'
  )
  installMarkdownWorker()
  afterAll(() => settleMarkdownWorkers())
  afterEach(() => cleanup())
}
