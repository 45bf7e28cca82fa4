import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { carriedSearch, carrySearch } from './carried-search'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'

setupDemoServer()

async function openWorker() {
  renderApp('/workers/wrk_demo-research')
  await screen.findByRole('region', { name: 'Messages' }, { timeout: 15_000 })
}

describe('run-wide search', () => {
  it('opens with Ctrl-F, counts matches across the run, steps and closes with Escape', async () => {
    const user = userEvent.setup()
    await openWorker()
    await user.keyboard('{Control>}f{/Control}')
    const field = screen.getByRole('searchbox', { name: 'Search this run' })
    expect(field).toHaveFocus()
    // Pasted whole: typed letter by letter on a slow machine, the search may settle on "car" first
    // and show its count before the one for "cargo".
    await user.paste('cargo')
    const count = await screen.findByText(/^1 of \d+$/)
    const total = Number(count.textContent?.split(' of ')[1])
    expect(total).toBeGreaterThan(1)
    await user.keyboard('{Enter}')
    expect(count).toHaveTextContent(`2 of ${total}`)
    await user.keyboard('{Shift>}{Enter}{/Shift}')
    expect(count).toHaveTextContent(`1 of ${total}`)
    // Back from the first match is the last one.
    await user.keyboard('{Shift>}{Enter}{/Shift}')
    expect(count).toHaveTextContent(`${total} of ${total}`)
    // Once focus has left the field, n and N step too.
    screen.getAllByRole('button', { name: 'Next match' })[0]?.focus()
    await user.keyboard('n')
    expect(count).toHaveTextContent(`1 of ${total}`)
    await user.keyboard('N')
    expect(count).toHaveTextContent(`${total} of ${total}`)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('searchbox', { name: 'Search this run' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Search run' })).toBeInTheDocument()
  })

  it('opens with the query typed on the first screen before the app took over, once', async () => {
    carrySearch(() => 'cargo')
    await openWorker()
    const field = screen.getByRole('searchbox', { name: 'Search this run' })
    expect(field).toHaveValue('cargo')
    expect(field).toHaveFocus()
    expect(await screen.findByText(/^1 of \d+$/)).toBeInTheDocument()
    expect(carriedSearch()).toBeNull()
  })

  it('takes what was typed while the app was rendering, the caret after it, not selected', async () => {
    // The first screen's box as the reader types on: empty when the search first renders,
    // "cargo" by the time the app commits it.
    const typed = ['', 'cargo']
    carrySearch(() => (typed.length > 1 ? (typed.shift() ?? '') : (typed[0] ?? '')))
    await openWorker()
    const field = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search this run' })
    expect(field).toHaveValue('cargo')
    expect(field).toHaveFocus()
    expect([field.selectionStart, field.selectionEnd]).toEqual([5, 5])
    expect(await screen.findByText(/^1 of \d+$/)).toBeInTheDocument()
  })

  it('says when nothing matches', async () => {
    const user = userEvent.setup()
    await openWorker()
    await user.click(screen.getByRole('button', { name: 'Search run' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search this run' }), 'zzqxv-nowhere')
    expect(await screen.findByText('No matches')).toBeInTheDocument()
    const bar = screen.getByRole('searchbox', { name: 'Search this run' }).closest('form, div')
    expect(within(bar as HTMLElement).getByRole('button', { name: 'Next match' })).toBeDisabled()
  })

  it('jumps to each panel from the panel bar', async () => {
    await openWorker()
    const nav = screen.getByRole('navigation', { name: 'Panels' })
    for (const name of ['Output', 'Messages', 'Sources', 'Files', 'Structured output']) {
      const link = within(nav).getByRole('link', { name: new RegExp(`^${name}`) })
      const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '')
      expect(target).toContainElement(await screen.findByRole('region', { name }))
    }
  })
})
