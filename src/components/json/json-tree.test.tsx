import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { RawNumber } from '@/lib/raw-number'
import { scrollToTarget } from '@/lib/scroll-targets'
import { setupFakeLayout } from '@/test/fake-layout'
import { JsonTree } from './json-tree'
import { EXPAND_ALL } from './tree-rows'

const value = {
  name: 'report',
  count: 3,
  ok: true,
  missing: null,
  nested: { deep: 'secret-value' },
  list: [1, 2],
}

function nested(depth: number): unknown {
  let inner: unknown = 'bottom'
  for (let i = 0; i < depth; i++) inner = { a: inner }
  return inner
}

describe('JsonTree', () => {
  it('opens the top level and keeps deeper levels closed and unmounted', () => {
    render(<JsonTree value={value} label="result" />)
    expect(screen.getByRole('tree', { name: 'result (JSON)' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /result: Object \(6 keys\)/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(screen.getByText('"report"')).toBeInTheDocument()
    expect(screen.getByText('3')).toBeInTheDocument()
    expect(screen.getByText('true')).toBeInTheDocument()
    expect(screen.getByText('null')).toBeInTheDocument()
    const nestedRow = screen.getByRole('treeitem', { name: /nested: Object \(1 key\)/ })
    expect(nestedRow).toHaveAttribute('aria-expanded', 'false')
    expect(nestedRow).toHaveAttribute('aria-level', '2')
    expect(nestedRow).toHaveAttribute('aria-setsize', '6')
    expect(nestedRow).toHaveAttribute('aria-posinset', '5')
    expect(screen.queryByText('"secret-value"')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: /list: Array \(2 items\)/ })).toBeInTheDocument()
  })

  it('moves with the arrow keys and opens and closes with Right, Left and Enter', async () => {
    const user = userEvent.setup()
    render(<JsonTree value={value} />)
    await user.tab()
    const root = screen.getByRole('treeitem', { name: /^Object \(6 keys\)/ })
    expect(root).toHaveFocus()
    // One tab stop for the whole tree.
    expect(screen.getAllByRole('treeitem').filter((row) => row.tabIndex === 0)).toHaveLength(1)
    for (let i = 0; i < 5; i++) await user.keyboard('{ArrowDown}')
    const nestedRow = screen.getByRole('treeitem', { name: /nested: Object/ })
    expect(nestedRow).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(nestedRow).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('"secret-value"')).toBeInTheDocument()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('treeitem', { name: /deep: "secret-value"/ })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(nestedRow).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(nestedRow).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{Enter}')
    expect(nestedRow).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Home}')
    expect(root).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.queryByText('"report"')).not.toBeInTheDocument()
  })

  it('renders primitives at the top level', () => {
    const { rerender } = render(<JsonTree value="hello" />)
    expect(screen.getByText('"hello"')).toBeInTheDocument()
    rerender(<JsonTree value={42} />)
    expect(screen.getByText('42')).toBeInTheDocument()
    rerender(<JsonTree value={null} />)
    expect(screen.getByText('null')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('shows hostile strings as quoted text, with hidden characters escaped', () => {
    const { container } = render(
      <JsonTree value={{ html: '<img src=x onerror=alert(1)>', name: 'invoice\u202Efdp.exe' }} />,
    )
    expect(screen.getByText('"<img src=x onerror=alert(1)>"')).toBeInTheDocument()
    expect(screen.getByText('"invoice\\u202efdp.exe"')).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('shows odd keys as ordinary keys, hidden characters revealed', () => {
    const parsed = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": 1, "a\\u202eb": 2, "": 3}',
    )
    render(<JsonTree value={parsed} />)
    expect(
      screen.getByRole('treeitem', { name: /^__proto__: Object \(1 key\)/ }),
    ).toBeInTheDocument()
    expect(screen.getByRole('treeitem', { name: 'constructor: 1' })).toBeInTheDocument()
    expect(screen.getByRole('treeitem', { name: 'a⟨U+202E⟩b: 2' })).toBeInTheDocument()
    expect(screen.getByRole('treeitem', { name: '"": 3' })).toBeInTheDocument()
  })

  it('shows numbers faithfully', () => {
    render(
      <JsonTree
        value={{
          big: new RawNumber(2 ** 64, '18446744073709551617'),
          inf: Number.POSITIVE_INFINITY,
          negativeZero: -0,
          rounded: 2 ** 60,
        }}
      />,
    )
    expect(screen.getByText('18446744073709551617')).toBeInTheDocument()
    expect(screen.getByText('Infinity')).toBeInTheDocument()
    expect(screen.getByText('-0')).toBeInTheDocument()
    expect(screen.getAllByText('not exact')).toHaveLength(4)
    expect(screen.getAllByTitle(/Rounded/)).toHaveLength(1)
  })

  it('cuts long strings and shows them in full on request', async () => {
    const user = userEvent.setup()
    render(<JsonTree value={{ text: 'w'.repeat(1000) }} />)
    expect(screen.getByText(`"${'w'.repeat(299)}…`)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show all 1,000 characters' }))
    expect(screen.getByText(`"${'w'.repeat(1000)}"`)).toBeInTheDocument()
  })

  it('stops the tree at depth 64 and shows the rest as text on request', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<JsonTree value={nested(5000)} expansion={EXPAND_ALL} />)
    expect(screen.getAllByRole('treeitem')).toHaveLength(65)
    rerender(<JsonTree value={nested(100)} expansion={EXPAND_ALL} />)
    const capped = screen.getByRole('treeitem', { name: /nested too deep/ })
    expect(capped).toHaveAttribute('aria-level', '65')
    expect(capped).not.toHaveAttribute('aria-expanded')
    await user.click(within(capped).getByRole('button', { name: 'Show the rest as text' }))
    expect(within(capped).getByText(/"bottom"/)).toBeInTheDocument()
  })

  it('marks a cycle instead of descending into it', async () => {
    const user = userEvent.setup()
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    render(<JsonTree value={cyclic} />)
    expect(screen.getByRole('treeitem', { name: 'self: [circular reference]' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /self/ })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Object/ }))
  })

  it('marks search matches in keys and values', () => {
    const { container } = render(
      <JsonTree value={{ region: 'North', other: 'northern' }} highlight="nor" />,
    )
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Nor',
      'nor',
    ])
  })

  it('reveals a deep pointer through the structured scroll target', () => {
    render(<JsonTree value={{ a: { b: [{ c: 'found' }] } }} scrollTarget="structured" />)
    expect(screen.queryByText('"found"')).not.toBeInTheDocument()
    act(() => {
      expect(scrollToTarget('structured', '/a/b/0/c')).toBe(true)
    })
    const row = screen.getByText('"found"').closest('[role="treeitem"]')
    expect(row).toHaveAttribute('data-item', 'structured:/a/b/0/c')
    expect(row).toHaveAttribute('aria-selected', 'true')
  })

  describe('with a big value', () => {
    // A scroll box 400 px high and 20 px rows, so the virtualizer has a window to fill.
    setupFakeLayout({ clientHeight: 400, offsetHeight: 20 })

    const records = Array.from({ length: 2000 }, (_, i) => ({ id: `rec_${i}`, units: i }))

    it('mounts only the rows near the window, even with everything expanded', () => {
      render(<JsonTree value={{ records }} expansion={EXPAND_ALL} scrollTarget="structured" />)
      const mounted = screen.getAllByRole('treeitem').length
      expect(mounted).toBeGreaterThan(5)
      expect(mounted).toBeLessThan(100)
      expect(screen.queryByText('"rec_1500"')).not.toBeInTheDocument()
      act(() => {
        scrollToTarget('structured', '/records/1500/id')
      })
      expect(screen.getByText('"rec_1500"').closest('[role="treeitem"]')).toHaveAttribute(
        'aria-selected',
        'true',
      )
    })

    it('keeps the focused row mounted while moving with the keyboard', async () => {
      const user = userEvent.setup()
      render(<JsonTree value={records.map((record) => record.id)} />)
      await user.tab()
      await user.keyboard('{End}')
      expect(screen.getByRole('treeitem', { name: '1999: "rec_1999"' })).toHaveFocus()
      await user.keyboard('{ArrowUp}')
      expect(screen.getByRole('treeitem', { name: '1998: "rec_1998"' })).toHaveFocus()
    })
  })
})
