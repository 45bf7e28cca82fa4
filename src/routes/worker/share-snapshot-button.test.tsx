import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { demoCatalog } from '@/server/demo/catalog'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'

const server = setupDemoServer()

// The page is told access is by people's own keys, and this browser is signed in.
function byok() {
  server.use(
    http.get(/\/_app\/config$/, () =>
      HttpResponse.json({
        mode: 'demo',
        demoWorkers: demoCatalog,
        access: { mode: 'byok', signedIn: true },
      }),
    ),
  )
}

/** The snapshot requests the page sends; each answered as the server would. */
function recordShares() {
  const bodies: unknown[] = []
  server.use(
    http.post(/\/_app\/snapshots$/, async ({ request }) => {
      bodies.push(await request.json())
      return HttpResponse.json(
        { id: 'AbCdEfGhIjKlMnOpQrSt_-', title: 'x', by: 'someone', createdAt: 0, expiresAt: 1 },
        { status: 201 },
      )
    }),
  )
  return bodies
}

describe('Share a snapshot', () => {
  it('says in byok mode that this is how to show a run to someone without a key, and sends the choices', async () => {
    const user = userEvent.setup()
    byok()
    const bodies = recordShares()
    renderApp('/workers/wrk_demo-research')
    await user.click(await screen.findByRole('button', { name: 'Share a snapshot' }))
    // The form's code loads on the first press; the dialog opens with it, focus on its action.
    const dialog = await screen.findByRole('dialog', { name: 'Share a snapshot' })
    expect(within(dialog).getByRole('button', { name: 'Create snapshot link' })).toHaveFocus()
    expect(dialog).toHaveTextContent('the one way to show a run to someone without a Handinger key')
    await user.click(within(dialog).getByRole('checkbox', { name: /Messages/ }))
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Expires after' }),
      '1 hour',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Create snapshot link' }))

    const link = await within(dialog).findByRole('textbox', { name: 'Snapshot link' })
    expect(link).toHaveValue(`${window.location.origin}/s/AbCdEfGhIjKlMnOpQrSt_-`)
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toMatchObject({
      worker: { id: 'wrk_demo-research' },
      task: null,
      parts: { messages: false, files: true, structuredOutput: true, metadata: true },
      expiresInSeconds: 3600,
    })
  })

  it('does not speak of keys where the server holds the key', async () => {
    const user = userEvent.setup()
    renderApp('/workers/wrk_demo-research')
    await user.click(await screen.findByRole('button', { name: 'Share a snapshot' }))
    const dialog = await screen.findByRole('dialog', { name: 'Share a snapshot' })
    expect(dialog).not.toHaveTextContent('without a Handinger key')
  })
})
