import { render, screen } from '@testing-library/react'
import { useState } from 'react'
import { statusOf } from '@/api/worker/status'
import type { WatchControls } from '@/app/watch-store'
import { NotifyButton } from './notify-button'

/* The button with real watch state, armed from the start, over a run that goes to `status`. */
function Armed({ done }: { done: boolean }) {
  const [notifyArmed, setNotify] = useState(true)
  const watch: WatchControls = { paused: false, notifyArmed, setPaused: () => {}, setNotify }
  const status = statusOf(done ? 'completed' : 'running')
  return <NotifyButton status={status} workerId="wrk_a" taskId={null} watch={watch} />
}

describe('NotifyButton', () => {
  const shown: string[] = []
  const visibility = vi.spyOn(document, 'visibilityState', 'get')

  beforeEach(() => {
    shown.length = 0
    vi.stubGlobal(
      'Notification',
      Object.assign(
        function Notification(title: string) {
          shown.push(title)
        },
        { permission: 'granted' },
      ),
    )
  })
  afterEach(() => vi.unstubAllGlobals())
  afterAll(() => visibility.mockRestore())

  it.each([
    ['hidden', ['✓ Done: wrk_a']],
    ['visible', []],
  ] as const)('when the run ends in a %s tab, notifies %j', (state, expected) => {
    visibility.mockReturnValue(state)
    const { rerender } = render(<Armed done={false} />)
    expect(screen.getByRole('button', { name: 'Notify me when it finishes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    rerender(<Armed done={true} />)
    expect(shown).toEqual(expected)
    // Either way the switch turns itself off: the end was seen or told once.
    expect(screen.queryByRole('button', { name: 'Notify me when it finishes' })).toBeNull()
  })
})
