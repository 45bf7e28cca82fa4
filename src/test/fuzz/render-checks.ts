import { act, fireEvent } from '@testing-library/react'
import { type MockInstance, vi } from 'vitest'

/*
 * What every rendered generated body must satisfy: no panel fell back to its raw JSON (the text
 * PanelBoundary shows), React logged no error (a caught render error, a duplicate key, an
 * update outside act), and nothing the API wrote became active markup.
 */
export const BOUNDARY_TEXT = 'this panel could not be shown'

/** Console errors during one case; `take` returns them and starts the next case afresh. */
export function watchConsoleErrors(): { take: () => string[] } {
  let spy: MockInstance<typeof console.error> | null = null
  beforeEach(() => {
    spy = vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => spy?.mockRestore())
  return {
    take() {
      const messages = (spy?.mock.calls ?? []).map((args) => formatted(args).slice(0, 500))
      spy?.mockClear()
      return messages
    },
  }
}

/** console.error's own "%s" substitution, enough to read React's messages. */
function formatted([first, ...rest]: unknown[]): string {
  if (typeof first !== 'string') return [first, ...rest].map(String).join(' ')
  const text = first.replace(/%[sdifoOc]/g, () => (rest.length > 0 ? String(rest.shift()) : ''))
  return [text, ...rest.map(String)].join(' ')
}

/*
 * Lets staged panels, lazy chunks and Markdown parsed in slices (no Worker in jsdom) finish:
 * one macrotask at a time, until nothing is marked busy and `ready` says the rest is in.
 */
export async function settle(container: HTMLElement, ready = () => true): Promise<void> {
  for (let tick = 0; tick < 400; tick++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    if (!container.querySelector('[aria-busy="true"]') && ready()) return
  }
  throw new Error('the view was still busy after 400 tasks')
}

/** Clicks every button that reads one of `labels`: the views a reader opens (raw JSON, all). */
export function pressAll(container: HTMLElement, labels: readonly string[]): void {
  for (const button of container.querySelectorAll('button')) {
    const label = button.textContent?.trim() ?? ''
    if (labels.includes(label) && button.isConnected) fireEvent.click(button)
  }
}

/** Types `query` into every search box and presses Enter, which steps to the first match. */
export function searchFor(container: HTMLElement, query: string): void {
  for (const box of container.querySelectorAll('input[type="search"]')) {
    fireEvent.change(box, { target: { value: query } })
    fireEvent.keyDown(box, { key: 'Enter' })
  }
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'])
const ACTIVE_ELEMENTS =
  'script, iframe, frame, object, embed, form, base, meta, link, img, video, audio'

/** Throws with what it found, so fast-check's report names it. */
export function expectInert(container: HTMLElement): void {
  const active = container.querySelector(ACTIVE_ELEMENTS)
  if (active) throw new Error(`an active element was rendered: ${active.outerHTML.slice(0, 200)}`)
  for (const element of container.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (name.toLowerCase().startsWith('on')) {
        throw new Error(`an event handler attribute was rendered: ${name}="${value.slice(0, 80)}"`)
      }
      if (!URL_ATTRIBUTES.has(name.toLowerCase()) || value.startsWith('#')) continue
      if (!LINK_PROTOCOLS.has(protocolOf(value))) {
        throw new Error(`an unsafe address was rendered: ${name}="${value.slice(0, 80)}"`)
      }
    }
  }
}

function protocolOf(address: string): string {
  try {
    return new URL(address, window.location.href).protocol
  } catch {
    return 'unparsable'
  }
}

export function expectNoFallback(container: HTMLElement, errors: string[]): void {
  if (container.textContent?.includes(BOUNDARY_TEXT)) {
    const heading = [...container.querySelectorAll('h2')].find((h) =>
      h.textContent?.includes(BOUNDARY_TEXT),
    )
    throw new Error(`a panel fell back to raw JSON: ${heading?.textContent}\n${errors.join('\n')}`)
  }
  if (errors.length > 0) throw new Error(`console.error while rendering:\n${errors.join('\n')}`)
}
