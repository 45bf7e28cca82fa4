import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { demoCatalog } from '@/server/demo/catalog'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'

/*
 * What the browser keeps for a person (the recent list, anything under `inspector.`) goes with
 * their session: sign-out drops it, and a different session never sees it.
 */
const server = setupDemoServer()

const RECENT = JSON.stringify([{ workerId: 'wrk_someone-elses', taskId: null, openedAt: 1 }])

function serve(access: { mode: 'none' | 'team'; signedIn: boolean; scope?: string }) {
  const state = { access }
  server.use(
    http.get(/\/_app\/config$/, () =>
      HttpResponse.json({ mode: 'demo', demoWorkers: demoCatalog, access: state.access }),
    ),
    http.delete(/\/_app\/session$/, () => {
      state.access = { mode: 'team', signedIn: false }
      return new HttpResponse(null, { status: 204 })
    }),
  )
}

beforeEach(() => {
  localStorage.clear()
  localStorage.setItem('inspector.recent-workers', RECENT)
  localStorage.setItem('inspector.saved-runs', '["kept for someone"]')
  localStorage.setItem('another-app', 'not ours')
})

describe("the person's own stored data", () => {
  it('is dropped on sign-out: the recent list and everything else kept for them', async () => {
    const user = userEvent.setup()
    localStorage.setItem('inspector.owner', 'session-a')
    serve({ mode: 'team', signedIn: true, scope: 'session-a' })
    renderApp('/')
    expect(await screen.findByRole('heading', { name: 'Recently opened' })).toBeVisible()
    await user.click(await screen.findByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { name: 'Access' })).toBeVisible()
    expect(localStorage.getItem('inspector.recent-workers')).toBeNull()
    expect(localStorage.getItem('inspector.saved-runs')).toBeNull()
    expect(localStorage.getItem('another-app')).toBe('not ours')
  })

  it("is never shown to another session: the other session's list is dropped first", async () => {
    localStorage.setItem('inspector.owner', 'session-a')
    serve({ mode: 'team', signedIn: true, scope: 'session-b' })
    renderApp('/')
    expect(await screen.findByRole('heading', { name: 'Inspect a Handinger worker' })).toBeVisible()
    await vi.waitFor(() => expect(localStorage.getItem('inspector.owner')).toBe('session-b'))
    expect(screen.queryByRole('heading', { name: 'Recently opened' })).toBeNull()
    expect(screen.queryByText('wrk_someone-elses')).toBeNull()
    expect(localStorage.getItem('inspector.saved-runs')).toBeNull()
  })

  it('stays for the same session, and without access control', async () => {
    localStorage.setItem('inspector.owner', 'session-a')
    serve({ mode: 'team', signedIn: true, scope: 'session-a' })
    const first = renderApp('/')
    expect(await screen.findByText('wrk_someone-elses')).toBeVisible()
    first.unmount()
    localStorage.removeItem('inspector.owner')
    serve({ mode: 'none', signedIn: true })
    renderApp('/')
    expect(await screen.findByText('wrk_someone-elses')).toBeVisible()
  })
})
