import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { parseTaskResponse } from '@/api/task/schema'
import { createTestQueryClient } from '@/test/render'
import { TaskDetails } from './task-section'
import { taskId, workerId } from '@/test/ids'

function renderTask(body: unknown) {
  const parsed = parseTaskResponse(body)
  if (!parsed?.turns) throw new Error('not a task with turns')
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <TaskDetails
        task={parsed.task}
        turns={parsed.turns}
        workerId={workerId('wrk_demo')}
        taskId={taskId('tsk_demo')}
      />
    </QueryClientProvider>,
  )
}

describe('TaskDetails', () => {
  // Counterexamples of the generated-body tests (src/test/fuzz): the API decides these values,
  // and used as React keys they collided.
  it('shows two files of a turn with the same address, without a key clash', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const file = { filename: 'a.csv', mediaType: 'text/csv', url: 'https://example.com/a.csv' }
    renderTask({
      task: { id: 'tsk_1', title: 'Twice', status: 'completed' },
      turns: [
        { id: 'trn_1', seq: 0, status: 'completed', files: [file, { ...file, filename: 'b.csv' }] },
      ],
    })
    await screen.findByRole('img', { name: /^Timeline of turns/ })
    expect(screen.getByRole('link', { name: 'a.csv' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'b.csv' })).toBeInTheDocument()
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })

  it('shows two turns with the same position and id, in the list and the timeline', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const turn = { id: 'trn_1', seq: 0, status: 'completed' }
    renderTask({
      task: { id: 'tsk_1', title: 'Repeated', status: 'completed' },
      turns: [
        { ...turn, input: 'first question' },
        { ...turn, input: 'second question' },
      ],
    })
    const chart = await screen.findByRole('img', { name: /^Timeline of turns/ })
    expect(within(chart).getAllByText('Turn 1')).toHaveLength(2)
    expect(screen.getByText('first question')).toBeInTheDocument()
    expect(screen.getByText('second question')).toBeInTheDocument()
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })

  it('draws the timeline of turns whose durations add up past what a number holds', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const turn = { id: 'trn_1', status: 'completed', durationMs: 1e308, credits: 1e308 }
    renderTask({
      task: { id: 'tsk_1', title: 'Endless', status: 'completed' },
      turns: [
        { ...turn, seq: 0 },
        { ...turn, seq: 1 },
      ],
    })
    const chart = await screen.findByRole('img', { name: /^Timeline of turns/ })
    for (const shape of chart.querySelectorAll('rect, circle')) {
      for (const name of ['x', 'width', 'cx', 'r']) expect(shape.getAttribute(name)).not.toBe('NaN')
    }
    expect(chart).toHaveAccessibleName(
      'Timeline of turns. Turn 1: no duration, no credits; Turn 2: no duration, no credits.',
    )
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })
})
