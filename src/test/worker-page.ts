import { screen, within } from '@testing-library/react'
import type { SetupServer } from 'msw/node'
import { createQueryClient } from '@/app/query-client'
import { FAULT_ANSWER } from '@/server/demo/fixtures/faults'
import { recordRequests } from './record-requests'
import { renderApp } from './render'

/*
 * The worker page as the fault tests read it: opened with the app's own query client (so its
 * own retry policy), looked at the way a person looks at it.
 */

/** Opens `/workers/<workerId>[/tasks/<taskId>]` and records the worker's requests. */
export function openWorkerPage(server: SetupServer, workerId: string, taskId?: string) {
  const recorded = recordRequests(server, `/api/workers/${workerId}`)
  renderApp(`/workers/${workerId}${taskId ? `/tasks/${taskId}` : ''}`, createQueryClient())
  return recorded
}

/** The answer of every fault-drill worker, once it has loaded. */
export const drillAnswer = () => screen.getByText(FAULT_ANSWER)

/** The note shown in place of the page while the first load is retried. */
export function retryNote(title: string): HTMLElement {
  const note = screen.getByRole('heading', { name: title }).closest('[role="status"]')
  if (!(note instanceof HTMLElement)) throw new Error(`no retry note "${title}"`)
  return note
}

/** The page of a final error: its heading, its explanation and the way back. */
export function finalError(title: string, detail: RegExp): HTMLElement {
  const alert = screen.getByRole('alert')
  expect(within(alert).getByRole('heading', { level: 1, name: title })).toBeInTheDocument()
  expect(alert).toHaveTextContent(detail)
  expect(within(alert).getByRole('link', { name: 'Open another worker' })).toHaveAttribute(
    'href',
    '/',
  )
  return alert
}

/** The line above the data that is still on screen. */
export function dataNote(text: RegExp): HTMLElement {
  const note = screen.getByText(text).closest('[role="status"]')
  if (!(note instanceof HTMLElement)) throw new Error(`no note ${text}`)
  return note
}
