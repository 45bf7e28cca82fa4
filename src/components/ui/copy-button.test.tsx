import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CopyButton } from './copy-button'

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true })
}

describe('CopyButton', () => {
  afterEach(() => vi.useRealTimers())

  it('copies the text and announces "Copied" for about two seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    const writeText = vi.fn().mockResolvedValue(undefined)
    setClipboard({ writeText })
    render(<CopyButton text={'{"a": 1}'} label="Copy JSON" />)

    await user.click(screen.getByRole('button', { name: 'Copy JSON' }))
    expect(writeText).toHaveBeenCalledWith('{"a": 1}')
    const status = screen.getByRole('status')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveTextContent('Copied')

    act(() => vi.advanceTimersByTime(1500))
    expect(status).toHaveTextContent('Copied')
    act(() => vi.advanceTimersByTime(600))
    expect(status).toBeEmptyDOMElement()
  })

  it('keeps its name and its size while showing the outcome', async () => {
    const user = userEvent.setup()
    setClipboard({ writeText: vi.fn().mockResolvedValue(undefined) })
    render(<CopyButton text="x" label="Copy link" />)
    const button = screen.getByRole('button', { name: 'Copy link' })
    await user.click(button)
    expect(screen.getByRole('status')).toHaveTextContent('Copied')
    // Both texts stay in the same grid cell: the hidden one still takes its room.
    expect(button).toHaveAccessibleName('Copy link')
    expect(button).toHaveTextContent('Copy link')
    const hidden = [...button.querySelectorAll('.invisible')].map((el) => el.textContent)
    expect(hidden).toEqual(['Copy link', 'Copy failed'])
  })

  it('builds the text only when clicked', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn().mockResolvedValue(undefined)
    setClipboard({ writeText })
    const build = vi.fn(() => '# Transcript')
    render(<CopyButton text={build} label="Copy as Markdown" />)
    expect(build).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }))
    expect(writeText).toHaveBeenCalledWith('# Transcript')
  })

  it('says "Copy failed" when the clipboard rejects', async () => {
    const user = userEvent.setup()
    setClipboard({ writeText: vi.fn().mockRejectedValue(new Error('denied')) })
    render(<CopyButton text="x" label="Copy JSON" />)
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }))
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed')
  })

  it('says "Copy failed" when there is no clipboard', async () => {
    const user = userEvent.setup()
    setClipboard(undefined)
    render(<CopyButton text="x" label="Copy JSON" />)
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }))
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed')
  })
})
