import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { demoCatalog } from '@/server/demo/catalog'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'

const server = setupDemoServer()

/*
 * The demo API behind a stand-in for the session endpoints (cookies are the browser's business,
 * covered end to end in e2e/access.spec.ts): one signed-in flag, one right secret.
 */
function lockedServer(mode: 'team' | 'byok') {
  let signedIn = false
  const bodies: unknown[] = []
  server.use(
    http.get(/\/_app\/config$/, () =>
      HttpResponse.json({ mode: 'demo', demoWorkers: demoCatalog, access: { mode, signedIn } }),
    ),
    http.post(/\/_app\/session$/, async ({ request }) => {
      const body = await request.json()
      bodies.push(body)
      const right = JSON.stringify(body) === JSON.stringify({ secret: 'the right secret' })
      if (mode === 'team' && !right) {
        return HttpResponse.json({ error: 'That access secret is not right.' }, { status: 401 })
      }
      signedIn = true
      return new HttpResponse(null, { status: 204 })
    }),
    http.delete(/\/_app\/session$/, () => {
      signedIn = false
      return new HttpResponse(null, { status: 204 })
    }),
  )
  return bodies
}

describe('access gate', () => {
  it('asks for the team secret on a deep link, then shows that link', async () => {
    const user = userEvent.setup()
    lockedServer('team')
    renderApp('/workers/wrk_demo-research')
    // The first render waits for the lazily loaded worker route.
    const heading = await screen.findByRole('heading', { name: 'Access' })
    expect(heading).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: /wrk_demo-research/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull()

    await user.type(screen.getByLabelText('Access secret'), 'wrong secret')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('That access secret is not right.')

    await user.clear(screen.getByLabelText('Access secret'))
    await user.type(screen.getByLabelText('Access secret'), 'the right secret')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { name: /wrk_demo-research/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
  })

  it('sends a personal key once, and signing out asks again and forgets the data', async () => {
    const user = userEvent.setup()
    const bodies = lockedServer('byok')
    const { client } = renderApp('/workers/wrk_demo-research')
    await user.type(await screen.findByLabelText('Handinger API key'), 'hdg_live_mine_123')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const header = await screen.findByRole('heading', { name: /wrk_demo-research/ })
    expect(header).toBeInTheDocument()
    expect(bodies).toEqual([{ apiKey: 'hdg_live_mine_123' }])
    expect(client.getQueryCache().findAll({ queryKey: ['workers'] }).length).toBeGreaterThan(0)

    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    const form = await screen.findByRole('heading', { name: 'Use your Handinger key' })
    expect(form).toBeInTheDocument()
    expect(client.getQueryCache().findAll({ queryKey: ['workers'] })).toEqual([])
    expect(within(document.body).queryByText('hdg_live_mine_123')).toBeNull()
  })

  it('says when to try again after too many failed sign-ins, and waits until then', async () => {
    const user = userEvent.setup()
    lockedServer('team')
    server.use(
      http.post(/\/_app\/session$/, () =>
        HttpResponse.json(
          { error: 'Too many failed sign-ins. Try again in 30 s.' },
          { status: 429, headers: { 'Retry-After': '30' } },
        ),
      ),
    )
    renderApp('/workers/wrk_demo-research')
    await user.type(await screen.findByLabelText('Access secret'), 'one more guess')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed sign-ins. Try again in 30 seconds.',
    )
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled()
    // Typing does not hide when.
    await user.type(screen.getByLabelText('Access secret'), 'x')
    expect(screen.getByRole('alert')).toHaveTextContent('Try again in 30 seconds.')
  })

  it('offers no way to open a run before sign-in', async () => {
    const user = userEvent.setup()
    lockedServer('team')
    renderApp('/workers/wrk_demo-research')
    expect(await screen.findByRole('heading', { name: 'Access' })).toBeVisible()
    expect(within(screen.getByRole('banner')).queryAllByRole('button')).toEqual([])
    await user.keyboard('{Control>}k{/Control}')
    // The palette's body mounts when it opens (jsdom itself has no modal dialogs to show).
    expect(screen.queryByLabelText('Worker ID, task ID or URL')).toBeNull()
  })

  it('asks a person whose key Handinger refuses since sign-in to sign out, and lets them', async () => {
    const user = userEvent.setup()
    lockedServer('byok')
    renderApp('/workers/wrk_demo-research')
    await user.type(await screen.findByLabelText('Handinger API key'), 'hdg_live_revoked_1')
    server.use(
      http.get(/\/api\//, () => HttpResponse.json({ error: 'API key revoked' }, { status: 401 })),
    )
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Handinger rejected your key. Sign out and enter a new key.')
    expect(alert).not.toHaveTextContent('HANDINGER_API_KEY')

    await user.click(within(alert).getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByLabelText('Handinger API key')).toHaveValue('')
  })

  it('shows nothing of the kind when the server needs no sign-in', async () => {
    renderApp('/workers/wrk_demo-research')
    expect(await screen.findByRole('heading', { name: /wrk_demo-research/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull()
  })
})
