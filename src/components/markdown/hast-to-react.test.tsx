import { render } from '@testing-library/react'
import type { Element, Root } from 'hast'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { common, createLowlight } from 'lowlight'
import type { ReactNode } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { toReact } from './hast-to-react'
import { components } from './markdown-components'
import { parseBlocks } from './markdown-parse'
import { revealHiddenCharacters } from './markdown-transforms'

/* Everything our markdown can hold, to compare with the general converter. */
const CORPUS = [
  '# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six',
  'Some *em*, **strong**, ~~gone~~, `code`, a line  \nbreak and www.example.com.',
  '| left | centre | right | none |\n| :- | :-: | -: | - |\n| 1 | 2 | 3 | 4 |\n| a | b | c | d |',
  '3. three\n4. four\n\n- [x] done\n- [ ] todo\n  - nested',
  '> quote\n>\n> > nested\n\n---\n\n```js\nconst x = 1\n```\n\n    indented',
  'A claim.[^a] Another.[^b] Again.[^a]\n\n[^a]: First **note**.\n[^b]: Second.',
  '[paypal.com](https://evil.example/login) [mail](mailto:a@b.example) [x](javascript:alert(1))',
  '![pixel](https://img.example/p.gif) [![badge](https://img.example/b.svg)](https://example.com)',
  `[home](${window.location.origin}/x) <b onclick="alert(1)">raw</b>\n\n<div style="color:red">block</div>`,
  'in\u202Evoice pay\u200Bpal \u2066isolate\u2069 [link\u202E](https://example.com "title")',
]

const options = { appOrigin: window.location.origin, idPrefix: 'md1-' }

function markup(node: ReactNode): string {
  const { container, unmount } = render(<>{node}</>)
  const html = container.innerHTML
  unmount()
  return html
}

describe('hast to React', () => {
  it.each(CORPUS)('renders like hast-util-to-jsx-runtime: %j', (text) => {
    for (const block of parseBlocks(text, 0, options)) {
      if (block.kind !== 'hast') continue
      const general = toJsxRuntime(block.node, {
        Fragment,
        jsx,
        jsxs,
        passNode: true,
        components: components as never,
      })
      expect(markup(toReact(block.node, components))).toBe(markup(general))
    }
  })

  it('renders highlighted code like it too', () => {
    const lowlight = createLowlight(common)
    const tree: Root = revealHiddenCharacters(
      lowlight.highlight('typescript', 'const a: string = `x${1}` // \u202Ecomment\n<b>jsx</b>'),
    )
    const span = ({ className, children }: { className?: string; children?: ReactNode }) => (
      <span className={className}>{children}</span>
    )
    const general = toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { span } })
    expect(markup(toReact(tree, { span }))).toBe(markup(general))
  })

  it('drops event handlers and inline styles, whatever the tree holds', () => {
    const node: Element = {
      type: 'element',
      tagName: 'p',
      properties: { onClick: 'alert(1)', onmouseover: 'x', style: 'color:red', title: 't' },
      children: [{ type: 'text', value: 'hi' }],
    }
    const { container } = render(<>{toReact(node, {})}</>)
    expect(container.innerHTML).toBe('<p title="t">hi</p>')
  })
})
