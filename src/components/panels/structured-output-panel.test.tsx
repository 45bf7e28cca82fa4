import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setupFakeLayout } from '@/test/fake-layout'
import { StructuredOutputPanel } from './structured-output-panel'

function stubClipboard() {
  const writeText = vi.fn().mockResolvedValue(undefined)
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  return writeText
}

const report = {
  index: 'eu-cycling',
  records: [
    { id: 'rec_1', region: 'North', units: 10 },
    { id: 'rec_2', region: 'South', units: 20, 'odd key': true },
    { id: 'rec_3', region: 'Northeast', units: 30, change: { qoq: 4 } },
  ],
}

describe('StructuredOutputPanel', () => {
  it('shows the value as a tree and copies it as pretty JSON', async () => {
    const user = userEvent.setup()
    const writeText = stubClipboard()
    const value = { company: 'Acme', employees: 12 }
    render(<StructuredOutputPanel value={value} />)
    const panel = screen.getByRole('region', { name: 'Structured output' })
    expect(within(panel).getByText('"Acme"')).toBeVisible()
    await user.click(within(panel).getByRole('button', { name: 'Copy JSON' }))
    expect(writeText).toHaveBeenCalledWith(JSON.stringify(value, null, 2))
    const announced = within(panel)
      .getAllByRole('status')
      .map((status) => status.textContent)
    expect(announced).toContain('Copied')
  })

  it.each([null, undefined])('says there is no structured output for %s', (value) => {
    render(<StructuredOutputPanel value={value} />)
    expect(screen.getByText('No structured output.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Copy JSON' })).not.toBeInTheDocument()
  })

  it('shows falsy but present values', () => {
    render(<StructuredOutputPanel value={false} />)
    expect(screen.getByText('false')).toBeVisible()
    expect(screen.queryByText('No structured output.')).not.toBeInTheDocument()
  })

  it('counts matches in keys and values, shows the first at once and steps to each, opening its branch', async () => {
    const user = userEvent.setup()
    render(<StructuredOutputPanel value={report} />)
    const search = screen.getByRole('searchbox', { name: 'Search structured output' })
    expect(screen.queryByText('"North"')).not.toBeInTheDocument()
    await user.type(search, 'north')
    // The first match is current and its branch opened, without pressing Enter.
    expect(await screen.findByText('1 of 2')).toBeInTheDocument()
    expect(screen.getByRole('treeitem', { name: 'region: "North"' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect(screen.queryByText('"Northeast"')).not.toBeInTheDocument()
    // Typing goes on in the box: the tree does not take the focus.
    expect(search).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByText('2 of 2')).toBeInTheDocument()
    const row = screen.getByRole('treeitem', { name: 'region: "Northeast"' })
    expect(row).toHaveAttribute('data-item', 'structured:/records/2/region')
    expect(row.querySelector('mark')).toHaveTextContent('North')
    await user.keyboard('{Shift>}{Enter}{/Shift}')
    expect(screen.getByText('1 of 2')).toBeInTheDocument()
    await user.clear(search)
    await user.type(search, 'odd key')
    expect(screen.getByText('1 of 1')).toBeInTheDocument()
    await user.type(search, 'zzz')
    expect(screen.getByText('No matches')).toBeInTheDocument()
  })

  it('expands and collapses everything', async () => {
    const user = userEvent.setup()
    render(<StructuredOutputPanel value={report} />)
    expect(screen.queryByText('"rec_3"')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Expand all' }))
    expect(screen.getByText('"rec_3"')).toBeInTheDocument()
    expect(screen.getByRole('treeitem', { name: 'qoq: 4' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Collapse all' }))
    expect(screen.queryByText('"rec_3"')).not.toBeInTheDocument()
    expect(screen.getByRole('treeitem', { name: /^index:/ })).toBeInTheDocument()
  })

  it('copies the selected value and its path in JS and jq syntax', async () => {
    const user = userEvent.setup()
    const writeText = stubClipboard()
    render(<StructuredOutputPanel value={report} />)
    await user.click(screen.getByRole('button', { name: 'Expand all' }))
    await user.click(screen.getByRole('treeitem', { name: 'odd key: true' }))
    expect(screen.getByText('data.records[1]["odd key"]')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Copy JS path' }))
    expect(writeText).toHaveBeenLastCalledWith('data.records[1]["odd key"]')
    await user.click(screen.getByRole('button', { name: 'Copy jq path' }))
    expect(writeText).toHaveBeenLastCalledWith('.records[1]."odd key"')
    await user.click(screen.getByRole('treeitem', { name: /^change: Object/ }))
    await user.click(screen.getByRole('button', { name: 'Copy value' }))
    expect(writeText).toHaveBeenLastCalledWith('{\n  "qoq": 4\n}')
  })

  it('shows an array of objects as a table with the union of keys as columns', async () => {
    const user = userEvent.setup()
    render(<StructuredOutputPanel value={report} />)
    await user.click(screen.getByRole('button', { name: 'Table' }))
    const table = screen.getByRole('table')
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent)
    expect(headers).toEqual(['#', 'id', 'region', 'units', 'odd key', 'change'])
    expect(within(table).getAllByRole('row')).toHaveLength(4)
    expect(within(table).getByText('{"qoq":4}')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Tree' }))
    expect(screen.getByRole('tree')).toBeInTheDocument()
  })
})

describe('StructuredOutputPanel with 2,000 records', () => {
  // A table box 400 px high with 30 px rows, which scrollTo scrolls.
  setupFakeLayout(
    { clientHeight: 400, offsetHeight: 30, scrollHeight: 2001 * 30 },
    { scrolling: true },
  )

  const records = Array.from({ length: 2000 }, (_, i) => ({
    id: `rec_${i + 1}`,
    units: i,
    ...(i === 1999 ? { flags: ['last'] } : {}),
  }))

  it('shows them as a table that mounts only the rows near the window', async () => {
    const user = userEvent.setup()
    render(<StructuredOutputPanel value={{ records }} />)
    await user.click(screen.getByRole('button', { name: 'Table' }))
    const table = screen.getByRole('table')
    expect(table).toHaveAttribute('aria-rowcount', '2001')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['#', 'id', 'units', 'flags'])
    const mounted = () => table.querySelectorAll('tbody tr[data-index]').length
    expect(mounted()).toBeGreaterThan(5)
    expect(mounted()).toBeLessThan(100)
    expect(within(table).queryByText('"rec_2000"')).toBeNull()

    const box = screen.getByRole('region', { name: 'records table' })
    box.scrollTo({ top: 2001 * 30 })
    expect(await within(table).findByText('"rec_2000"')).toBeInTheDocument()
    expect(mounted()).toBeLessThan(100)
  })
})
