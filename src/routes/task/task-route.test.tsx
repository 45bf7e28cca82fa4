import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'

const server = setupDemoServer()

/** The task section, found by its title (role queries over the whole worker page are slow). */
async function taskSection(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: 'h2 bdi' })
  const section = heading.closest('article')
  if (!section) throw new Error('no task section')
  expect(section).toHaveAccessibleName(`Task: ${title}`)
  return section
}

function track() {
  const paths: string[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.pathname.startsWith('/api/')) paths.push(url.pathname + url.search)
  })
  return paths
}

describe('task page', () => {
  beforeEach(() => localStorage.clear())

  it('shows a task in the older shape: title, facts, turns in order, no /turns request', async () => {
    const paths = track()
    renderApp('/workers/wrk_demo-followups/tasks/tsk_demo-followups')
    const section = await taskSection('Bikes on trains')
    expect(within(section).getByText('Triggered by').nextElementSibling).toHaveTextContent('ui')
    expect(within(section).getByText('Credits').nextElementSibling).toHaveTextContent(
      '2,000 credits',
    )
    expect(within(section).getByText('Duration').nextElementSibling).toHaveTextContent('41s')
    expect(
      within(section).getByText('Turns', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('3')
    const turns = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.id.startsWith('task-turn-'))
    expect(turns.map((li) => li.id)).toEqual(['task-turn-1', 'task-turn-2', 'task-turn-3'])
    expect(turns[1]).toHaveTextContent('And in the Netherlands?')
    expect(await within(turns[2] as HTMLElement).findByRole('table')).toBeInTheDocument()
    expect(
      within(turns[0] as HTMLElement).getByRole('link', { name: 'Show in the conversation' }),
    ).toHaveAttribute('href', '#turn-1')
    // The worker view of the task follows.
    expect(await screen.findByText('Output', { selector: 'h2' })).toBeInTheDocument()
    expect(paths).toContain('/api/tasks/tsk_demo-followups')
    expect(paths).not.toContain('/api/tasks/tsk_demo-followups/turns')
    // The timeline chart loads lazily and describes itself.
    expect(
      await within(section).findByRole('img', { name: /^Timeline of turns\. Turn 1:/ }),
    ).toBeInTheDocument()
  })

  it('shows a task in the current shape, fetching its turns from /turns', async () => {
    const paths = track()
    renderApp('/workers/wrk_demo-research/tasks/tsk_demo-market')
    const section = await taskSection('Cargo e-bike market sizing')
    await waitFor(() => expect(section.querySelectorAll('li[id^="task-turn-"]')).toHaveLength(2))
    expect(paths).toContain('/api/tasks/tsk_demo-market/turns')
    // The task's badge and one per turn.
    expect(within(section).getAllByText('Completed', { selector: 'span' })).toHaveLength(3)
  }, 20_000)

  it('"Show in the conversation" moves the focus to the turn\'s question and marks it', async () => {
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-followups/tasks/tsk_demo-followups')
    const section = await taskSection('Bikes on trains')
    const messages = await screen.findByRole('region', { name: 'Messages' })
    const question = (await within(messages).findByText('And in the Netherlands?')).closest('li')
    expect(question).not.toBeNull()
    const turn2 = section.querySelector('#task-turn-2') as HTMLElement
    await user.click(within(turn2).getByRole('link', { name: 'Show in the conversation' }))
    await waitFor(() => expect(question).toHaveFocus())
    expect(question).toHaveAttribute('data-highlight')
    // The mark fades; the focus stays where the reader now is.
    await waitFor(() => expect(question).not.toHaveAttribute('data-highlight'), { timeout: 4000 })
    expect(question).toHaveFocus()
  })

  it('shows the failed task as Failed', async () => {
    renderApp('/workers/wrk_demo-failed/tasks/tsk_demo-reviews')
    const section = await taskSection('Owner review analysis')
    expect(within(section).getAllByText('Failed').length).toBeGreaterThan(0)
  }, 20_000)

  it('leaves a missing task to the worker view to explain', async () => {
    renderApp('/workers/wrk_demo-research/tasks/tsk_nope')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Task not found' })).toBeInTheDocument()
  })
})

describe('a bare task ID', () => {
  it('in the path opens its worker and task', async () => {
    const { router } = renderApp('/tasks/tsk_demo-pricing')
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/workers/wrk_demo-research/tasks/tsk_demo-pricing',
      ),
    )
    expect(await screen.findByRole('heading', { name: /wrk_demo-research/ })).toBeInTheDocument()
  })

  it('pasted in the home box opens its worker and task', async () => {
    const { router } = renderApp('/')
    await userEvent.type(
      screen.getByLabelText('Worker ID or Handinger dashboard URL'),
      'tsk_demo-summary{Enter}',
    )
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/workers/wrk_demo-research/tasks/tsk_demo-summary',
      ),
    )
  })

  it('that does not exist says so', async () => {
    renderApp('/tasks/tsk_nowhere')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Task not found' })).toBeInTheDocument()
    expect(alert).toHaveTextContent('no task with the ID tsk_nowhere')
  })
})
