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
