import type { Root } from 'hast'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { common, createLowlight } from 'lowlight'
import type { ReactNode } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { HiddenCharacter } from '../ui/untrusted-text'
import { revealHiddenCharacters } from './markdown-transforms'
import './highlight-theme.css'

/* Loaded on demand (see code-block.tsx): the grammars are most of this chunk's weight. */
const lowlight = createLowlight(common)

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

export function highlight(code: string, language: string): ReactNode | null {
  if (!lowlight.registered(language)) return null
  const tree: Root = revealHiddenCharacters(lowlight.highlight(language, code))
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    passNode: true,
    components: { span: HiddenAware },
  })
}
