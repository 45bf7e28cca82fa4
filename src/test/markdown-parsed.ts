import { render, waitFor } from '@testing-library/react'
import type { ReactElement } from 'react'

/*
 * Markdown is parsed in the worker (in tests, its stand-in): a text is plain text first and its
 * blocks come a moment later. These wait for them, so that a test sees what a reader sees once
 * the text has been parsed, not the plain text before it.
 */
export async function untilParsed(container: Element): Promise<void> {
  await waitFor(() => {
    if (container.querySelector('[aria-busy="true"]')) throw new Error('Markdown not parsed yet.')
  })
}

export async function renderParsed(ui: ReactElement) {
  const rendered = render(ui)
  await untilParsed(rendered.container)
  return rendered
}
