import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import { parseJson } from '@/api/json-boundary'
import { parseTaskResponse, parseTurnsResponse } from '@/api/task/schema'
import { TaskDetails } from '@/routes/task/task-section'
import { createTestQueryClient } from '@/test/render'
import { assertProperty, fuzzTimeout, reportFuzzRun } from './fuzz-settings'
import { wireText } from './wire-text'
import { expectInert, expectNoFallback, settle, watchConsoleErrors } from './render-checks'
import { taskBody, turnsBody } from './task-arbitraries'
import { taskId, workerId } from '@/test/ids'

/*
 * Every generated task body, with its turns from the same body or from a `/turns` body as
 * fetchTask takes them, renders the task section (facts, timeline, turns with their answers and
 * files) inertly and without an error from React.
 */
reportFuzzRun('generated-tasks')

const RUNS = 50
const consoleErrors = watchConsoleErrors()

describe('generated task bodies, rendered', () => {
  it(
    'the task section renders whatever the task and its turns hold, inertly, without an error',
    async () => {
      const client = createTestQueryClient()
      // The timeline is a lazy chunk: loaded once here, so each case only waits for React.
      await import('@/routes/task/turn-chart')
      await assertProperty(
        fc.asyncProperty(taskBody, turnsBody, async (body, turnsOnly) => {
          const parsed = parseTaskResponse(parseJson(wireText(body)))
          if (!parsed) return
          const turns = parsed.turns ?? parseTurnsResponse(parseJson(wireText(turnsOnly))) ?? []
          const view = render(
            <QueryClientProvider client={client}>
              <TaskDetails
                task={parsed.task}
                turns={turns}
                workerId={workerId('wrk_fuzz')}
                taskId={taskId('tsk_fuzz')}
              />
            </QueryClientProvider>,
          )
          try {
            const chart = () => view.container.querySelector('svg[role="img"]') !== null
            await settle(view.container, () => turns.length === 0 || chart())
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
    fuzzTimeout(RUNS, 100),
  )
})
