import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { readRecent } from '@/components/open-run/recent-workers'
import { setupDemoServer } from '@/test/demo-server'
import { createTestQueryClient, renderApp } from '@/test/render'

const user = () => userEvent.setup()

const server = setupDemoServer()

function statusRegion() {
  return screen.getAllByRole('status').find((el) => el.querySelector('.rounded-full'))
}

describe('worker header: status truth', () => {
  beforeEach(() => localStorage.clear())

  it('shows a worker with an error as Failed, in the badge, the title and the recent list', async () => {
    renderApp('/workers/wrk_demo-failed')
    const badge = await screen.findByText('Failed', { selector: '[role="status"] > span' })
    expect(badge).toHaveClass('bg-rose-50')
    expect(screen.queryByText('Completed')).toBeNull()
    // The error card stays.
    expect(screen.getByText('This worker reported an error')).toBeInTheDocument()
    await waitFor(() =>
      expect(document.title).toBe('✕ Failed · Worker wrk_demo-failed · Handinger Worker Inspector'),
    )
    await waitFor(() => expect(readRecent()[0]).toMatchObject({ status: 'failed' }))
    expect(readRecent()[0]?.title).toMatch(/^Read the public owner reviews/)
  })

  it('shows incomplete_details alone as Incomplete, in amber', async () => {
    server.use(
      http.get('*/api/workers/wrk_demo-cut', () =>
        HttpResponse.json({
          id: 'wrk_demo-cut',
          object: 'worker',
          created_at: 1_752_000_000,
          status: 'completed',
          running: false,
          error: null,
          incomplete_details: { reason: 'max_output_tokens' },
          messages: [],
          output_text: 'Half an answer',
          output: [],
          sources: [],
          files: [],
          metadata: {},
        }),
      ),
    )
    renderApp('/workers/wrk_demo-cut')
    expect(await screen.findByText('Incomplete')).toHaveClass('bg-amber-50')
    await waitFor(() => expect(document.title).toMatch(/^◐ Incomplete · /))
    expect(statusRegion()).toHaveTextContent('Incomplete')
  })

  it('names an unknown status and never shows it green', async () => {
    server.use(
      http.get('*/api/workers/wrk_demo-odd', () =>
        HttpResponse.json({ id: 'wrk_demo-odd', status: 'archived', running: false }),
      ),
    )
    renderApp('/workers/wrk_demo-odd')
    const badge = await screen.findByText(/^Unknown \(/)
    expect(badge.className).not.toMatch(/emerald/)
    expect(screen.queryByText('Completed')).toBeNull()
    await waitFor(() => expect(document.title).toMatch(/^\? Unknown · /))
  })

  it('lets the task status win on a task page', async () => {
    renderApp('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
    await waitFor(() => expect(document.title).toMatch(/^✓ Done · Task tsk_demo-pricing/))
  })
})

describe('worker header: exports', () => {
  it('copies the run as a Markdown transcript', async () => {
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
    await user.click(await screen.findByRole('button', { name: 'Copy as Markdown' }))
    const text = await navigator.clipboard.readText()
    expect(text).toMatch(/^# Handinger run wrk_demo-research \/ tsk_demo-pricing\n/)
    expect(text).toContain('- Status: Completed')
    expect(text).toContain('## Question')
    expect(text).toContain('## Answer')
    expect(text).toContain('Pricing analysis: where should a €5k family cargo bike sit?')
    expect(text).toContain('## Sources')
    expect(text).toContain('## Files')
    expect(text).toContain('pricing-matrix.csv')
    expect(text).toContain('- Credits: 8,420 credits')
  })

  it('copies the task ID', async () => {
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
    await user.click(await screen.findByRole('button', { name: 'Copy task ID' }))
    expect(await navigator.clipboard.readText()).toBe('tsk_demo-pricing')
  })

  it('downloads the response as received, through a Blob URL made on click', async () => {
    const created: Blob[] = []
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob)
      return 'blob:test'
    })
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const names: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download)
    })
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-research/tasks/tsk_demo-pricing')
    const button = await screen.findByRole('button', { name: 'Download JSON' })
    expect(createObjectURL).not.toHaveBeenCalled()
    await user.click(button)
    await waitFor(() => expect(click).toHaveBeenCalled())
    expect(names).toEqual(['wrk_demo-research-tsk_demo-pricing.json'])
    const body = JSON.parse(await (created[0] ?? new Blob()).text())
    expect(body).toMatchObject({ id: 'wrk_demo-research', object: 'worker', status: 'completed' })
    expect(body).toHaveProperty('output_text')
    expect(body.usage).toEqual({ credits: 8420, durationMs: 61500 })
    click.mockRestore()
  })

  // Found beside the generated-body tests, which found the same fault in "Copy as Markdown":
  // JSON.stringify recursed and threw on the hostile worker, nested 5,000 levels deep.
  it('downloads a response nested thousands of levels deep', async () => {
    const created: Blob[] = []
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => `blob:test/${created.push(blob)}`,
      revokeObjectURL: vi.fn(),
    })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-hostile')
    await user.click(await screen.findByRole('button', { name: 'Download JSON' }))
    await waitFor(() => expect(click).toHaveBeenCalled())
    expect(screen.queryByText('Download failed')).not.toBeInTheDocument()
    expect(await (created[0] ?? new Blob()).text()).toContain('"level": {')
    click.mockRestore()
  })
})

describe('worker header: live truth', () => {
  beforeEach(() => localStorage.clear())

  it('rolls a days-old running worker over into days and says which clock it is', async () => {
    renderApp('/workers/wrk_demo-long-running')
    const clock = await screen.findByText('Elapsed', { selector: 'span' })
    expect(clock).toHaveTextContent(/^Elapsed 3d 4h since created$/)
    // Beside it, the usage badge keeps Handinger's own figures: credits so far and run time.
    expect(screen.getByText('3,180 credits so far · 47m')).toBeVisible()
  })

  it('on a task page, runs the clock from the task and leaves the totals to the task section', async () => {
    renderApp('/workers/wrk_demo-long-running/tasks/tsk_demo-long-running')
    expect(
      await screen.findByText('since the task was created', { exact: false }),
    ).toBeInTheDocument()
    const section = await screen.findByRole('article', { name: 'Task: Dealer network crawl' })
    expect(section).toHaveTextContent('3,180 credits')
    // One set of figures on the page: the worker response's badge is not shown beside them.
    expect(screen.queryByText(/credits so far/)).toBeNull()
  })

  it('says "live" only while polls arrive: a failing upstream shows no "live, every 2 s"', async () => {
    let calls = 0
    server.use(
      http.get('*/api/workers/wrk_demo-down', () => {
        calls += 1
        if (calls > 1) return HttpResponse.json({ error: 'down' }, { status: 503 })
        return HttpResponse.json({ id: 'wrk_demo-down', status: 'running', running: true })
      }),
    )
    const client = createTestQueryClient({
      defaultOptions: { queries: { retry: 3, retryDelay: 0 } },
    })
    renderApp('/workers/wrk_demo-down', client)
    expect(await screen.findByText(/live, every 2 s/)).toBeInTheDocument()
    await user().click(screen.getByRole('button', { name: 'Refresh' }))
    expect(await screen.findByText(/it may be stale/)).toBeInTheDocument()
    expect(screen.queryByText(/live, every 2 s/)).toBeNull()
    expect(screen.getByText(/not updating: refreshing keeps failing/)).toBeInTheDocument()
  })
})
