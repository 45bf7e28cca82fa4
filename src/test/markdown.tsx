import { render, waitFor } from '@testing-library/react'
import type { ReactElement } from 'react'

/*
 * Markdown is parsed by a worker (in-process under jsdom), so it renders a moment after the
 * text: a text waiting for its parse is marked aria-busy. Assertions about rendered markdown
 * wait for this first, so that what they check is the parse, not the waiting text.
 */
export async function markdownParsed(container: HTMLElement): Promise<void> {
  await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull())
}

/** Renders `ui` and waits until its markdown is parsed. */
export async function renderMarkdown(ui: ReactElement) {
  const view = render(ui)
  await markdownParsed(view.container)
  return view
}
