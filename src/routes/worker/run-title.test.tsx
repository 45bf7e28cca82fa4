import { render } from '@testing-library/react'
import { useLayoutEffect } from 'react'
import { type RunStatusKey, statusOf } from '@/api/worker/status'
import { StatusBadge } from '@/components/ui/status-badge'
import { faviconFor } from './favicon'
import { RunTitle } from './run-title'

type Frame = { title: string; icon: string | null; badge: string }

/* Reads the page in the commit itself, before the browser could paint it. */
function Probe({ frames }: { frames: Frame[] }) {
  useLayoutEffect(() => {
    frames.push({
      title: document.title,
      icon: document.querySelector('link[rel~="icon"]')?.getAttribute('href') ?? null,
      badge: document.querySelector('[data-badge]')?.textContent ?? '',
    })
  })
  return null
}

function Run({ status, frames }: { status: RunStatusKey; frames: Frame[] }) {
  return (
    <>
      <RunTitle status={statusOf(status)} paused={false} workerId="wrk_a" taskId={null} />
      <span data-badge="">
        <StatusBadge status={statusOf(status)} />
      </span>
      <Probe frames={frames} />
    </>
  )
}

describe('RunTitle', () => {
  beforeEach(() => {
    document.head.innerHTML = '<link rel="icon" href="/favicon.svg">'
  })

  it('changes the tab title and favicon in the same commit as the status badge', () => {
    const frames: Frame[] = []
    const { rerender } = render(<Run status="running" frames={frames} />)
    rerender(<Run status="completed" frames={frames} />)
    expect(frames.at(-1)).toEqual({
      title: '✓ Done · Worker wrk_a · Handinger Worker Inspector',
      icon: faviconFor('completed'),
      badge: 'Completed',
    })
    // And never a frame with the badge ahead of the title or the icon.
    for (const frame of frames) {
      const done = frame.badge === 'Completed'
      expect(frame.title.startsWith('✓ Done')).toBe(done)
      expect(frame.icon === faviconFor('completed')).toBe(done)
    }
  })

  it('gives the favicon back when the view goes', () => {
    const { unmount } = render(<Run status="running" frames={[]} />)
    unmount()
    expect(document.querySelector('link[rel~="icon"]')).toHaveAttribute('href', '/favicon.svg')
  })
})
