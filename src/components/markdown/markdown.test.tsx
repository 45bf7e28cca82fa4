import { render, screen, within } from '@testing-library/react'
import { Markdown } from './markdown'

describe('Markdown', () => {
  it('renders GFM: headings (shifted under the panel h2), tables, code, task lists', () => {
    const text = [
      '# Title',
      '## Section',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '```js',
      'const x = 1',
      '```',
      '',
      '- [x] done',
      '- [ ] todo',
    ].join('\n')
    render(<Markdown text={text} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Title' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 4, name: 'Section' })).toBeInTheDocument()
    const table = screen.getByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'a' })).toBeInTheDocument()
    expect(within(table).getByRole('cell', { name: '2' })).toBeInTheDocument()
    expect(screen.getByText('const x = 1')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Done' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Not done' })).not.toBeChecked()
    const boxes = screen.getAllByRole('checkbox')
    expect(boxes).toHaveLength(2)
    expect(boxes[0]).toBeChecked()
    expect(boxes[1]).not.toBeChecked()
  })

  it('makes wide tables scroll inside a keyboard-focusable wrapper', () => {
    render(<Markdown text={'| a |\n| - |\n| 1 |'} />)
    const wrapper = screen.getByRole('table').parentElement
    expect(wrapper).toHaveClass('overflow-x-auto')
    expect(wrapper).toHaveAttribute('tabindex', '0')
  })

  it('opens http links in a new tab without opener', () => {
    render(<Markdown text="See [the docs](https://example.com/docs)." />)
    const link = screen.getByRole('link', { name: 'the docs' })
    expect(link).toHaveAttribute('href', 'https://example.com/docs')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('keeps mailto links', () => {
    render(<Markdown text="[mail me](mailto:a@example.com)" />)
    expect(screen.getByRole('link', { name: 'mail me' })).toHaveAttribute(
      'href',
      'mailto:a@example.com',
    )
  })

  it('shows javascript:, data: and relative links as plain text', () => {
    const text =
      '[evil](javascript:alert(1)) [data](data:text/html,<b>x</b>) [rel](/admin) <javascript:alert(2)>'
    const { container } = render(<Markdown text={text} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByText('evil')).toBeInTheDocument()
    expect(screen.getByText('rel')).toBeInTheDocument()
    expect(container.querySelector('[href]')).toBeNull()
    expect(container).toHaveTextContent('javascript:alert(2)')
  })

  it('never turns raw HTML into elements', () => {
    const text = [
      '<script>alert(1)</script>',
      '',
      'Hello <img src=x onerror=alert(1)> <a href="https://evil.example">click</a>',
      '',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n')
    const { container } = render(<Markdown text={text} />)
    expect(container.querySelector('script, img, iframe, a')).toBeNull()
    expect(container).toHaveTextContent('<script>alert(1)</script>')
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>')
  })

  it('shows images as links instead of loading them', () => {
    const { container } = render(
      <Markdown text="![tracking pixel](https://evil.example/p.gif) ![](javascript:alert(1))" />,
    )
    expect(container.querySelector('img')).toBeNull()
    const link = screen.getByRole('link', { name: 'Image: tracking pixel' })
    expect(link).toHaveAttribute('href', 'https://evil.example/p.gif')
    expect(screen.getByText('Image')).not.toHaveAttribute('href')
  })

  it('does not nest links for a linked image', () => {
    const { container } = render(
      <Markdown text="[![badge](https://img.example/b.svg)](https://example.com)" />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('a a')).toBeNull()
    expect(screen.getByRole('link', { name: 'Image: badge' })).toHaveAttribute(
      'href',
      'https://example.com/',
    )
  })

  it('is wrapped in prose classes', () => {
    const { container } = render(<Markdown text="hi" />)
    expect(container.firstElementChild).toHaveClass('prose', 'prose-slate', 'max-w-none')
  })
})
