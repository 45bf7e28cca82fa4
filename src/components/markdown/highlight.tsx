import type { Root } from 'hast'
import { createLowlight } from 'lowlight'
import type { ReactNode } from 'react'
import { yieldToBrowser } from '@/lib/yield-to-browser'
import { HiddenCharacter } from '../ui/untrusted-text'
import { hastToReact } from './hast-to-react'
import { GRAMMARS, grammarName, grammarsFor } from './highlight-languages'
import { revealHiddenCharacters } from './markdown-transforms'
import './highlight-theme.css'

/* Loaded on demand (see code-block.tsx), and each grammar only when a block needs it. */
const lowlight = createLowlight()
const loading = new Map<string, Promise<void>>()

function load(name: string): Promise<void> {
  let loaded = loading.get(name)
  if (!loaded) {
    loaded = (GRAMMARS[name]?.() ?? Promise.reject(new Error(name))).then((module) =>
      lowlight.register(name, module.default),
    )
    loading.set(name, loaded)
    // A grammar that failed to arrive is asked for again by the next block.
    loaded.catch(() => loading.delete(name))
  }
  return loaded
}

function HiddenAware({
  node,
  children,
  className,
}: {
  node?: { properties: Record<string, unknown> }
  children?: ReactNode
  className?: string
}) {
  const hidden = node?.properties.dataHidden
  if (typeof hidden === 'string') return <HiddenCharacter label={hidden} />
  return <span className={className}>{children}</span>
}

/** Highlighted code, or null for a language without a grammar. */
export async function highlight(code: string, language: string): Promise<ReactNode | null> {
  const name = grammarName(language)
  if (!name) return null
  await Promise.all(grammarsFor(name).map(load))
  const tree: Root = revealHiddenCharacters(lowlight.highlight(name, code))
  return hastToReact(tree, { span: HiddenAware })
}

let turns: Promise<unknown> = Promise.resolve()

/**
 * `highlight`, one block per task, in the order asked: blocks mounted together (a run's first
 * screen, a page of messages) would otherwise all be highlighted in the task that loaded this
 * module, up to 20,000 characters each. A block gone by its turn (`signal` aborted) is skipped.
 */
export function highlightInTurn(
  code: string,
  language: string,
  signal: AbortSignal,
): Promise<ReactNode | null> {
  const turn = turns
    .then(yieldToBrowser)
    .then(() => (signal.aborted ? null : highlight(code, language)))
  turns = turn.catch(() => {})
  return turn
}
