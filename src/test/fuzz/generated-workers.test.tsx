import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import { MemoryRouter } from 'react-router'
import { parseJson } from '@/api/json-boundary'
import type { ParsedWorker } from '@/api/worker/schema'
import { parseWorker } from '@/api/worker/schema'
import { WorkerHeader } from '@/routes/worker/worker-header'
import { WorkerPanels } from '@/routes/worker/worker-panels'
import { setupFakeLayout } from '@/test/fake-layout'
import { createTestQueryClient } from '@/test/render'
import { assertProperty, fuzzTimeout, reportFuzzRun } from './fuzz-settings'
import { hostileString } from './hostile-values'
import { wireText } from './wire-text'
import {
  expectInert,
  expectNoFallback,
  pressAll,
  searchFor,
  settle,
  watchConsoleErrors,
} from './render-checks'
import { workerBody } from './worker-arbitraries'
import { workerId } from '@/test/ids'

/*
 * Every generated worker body, read as the client reads it, renders the whole worker view (the
 * header with its run details, then Output, Messages, Sources, Files and Structured output, each
 * in its error boundary) with no boundary falling back, no error from React, and nothing the
 * body wrote becoming active markup; and so do a search of the structured output and the other
 * views a reader can open (raw JSON, everything expanded, a table, the raw Markdown).
 */
reportFuzzRun('generated-workers')

const RUNS = 50
const QUERY_KEY = ['workers', 'wrk_fuzz', 'task', null] as const
const noop = () => {}
/* The other views of the same data a reader can open. */
const VIEWS = ['Show JSON', 'Expand all', 'Table', 'Show raw Markdown']
/* What a reader searches the structured output for: keys the bodies use, and anything. */
const searchQuery = fc.oneof(
  fc.constantFrom('a', '0', 'k1', 'null', '1e400', '__proto__', '⟨__proto__⟩', 'constructor'),
  fc.constantFrom('(', '[', '\\', '.*', '"', '\u202E', ' '),
  hostileString,
)

// Rows get a height, so the long lists mount some of their rows as in a browser.
setupFakeLayout({ clientHeight: 600, offsetHeight: 80 })
const consoleErrors = watchConsoleErrors()

function WorkerView({ parsed }: { parsed: ParsedWorker }) {
  return (
    <>
      <WorkerHeader
        worker={parsed.worker}
        workerId={workerId('wrk_fuzz')}
        taskId={null}
        note={null}
        problems={parsed.problems}
        queryKey={QUERY_KEY}
        onRefresh={noop}
      />
      <WorkerPanels worker={parsed.worker} taskId={null} />
    </>
  )
}

describe('generated worker bodies, rendered', () => {
  it(
    'every panel renders whatever the body holds, inertly, without an error',
    async () => {
      const client = createTestQueryClient()
      await assertProperty(
        fc.asyncProperty(workerBody, searchQuery, async (body, query) => {
          const parsed = parseWorker(parseJson(wireText(body)), 'wrk_fuzz')
          if (!parsed) return
          const view = render(
            <QueryClientProvider client={client}>
              <MemoryRouter>
                <WorkerView parsed={parsed} />
              </MemoryRouter>
            </QueryClientProvider>,
          )
          try {
            await settle(view.container)
            expectNoFallback(view.container, consoleErrors.take())
            expectInert(view.container)
            searchFor(view.container, query)
            await settle(view.container)
            pressAll(view.container, VIEWS)
            await settle(view.container)
            expectNoFallback(view.container, consoleErrors.take())
            expectInert(view.container)
          } finally {
            // Unmounts and removes the container too: ten thousand cases leave nothing behind.
            cleanup()
          }
          expectNoFallback(view.container, consoleErrors.take())
        }),
        RUNS,
      )
      client.clear()
    },
    fuzzTimeout(RUNS, 150),
  )
})
