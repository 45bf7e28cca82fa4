import { render } from '@testing-library/react'
import type { Element } from 'hast'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { createLowlight } from 'lowlight'
import javascript from 'highlight.js/lib/languages/javascript'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { hastToReact } from './hast-to-react'
import { components } from './markdown-components'
import { parseBlocks } from './markdown-parse'
import { revealHiddenCharacters } from './markdown-transforms'

/*
 * The page renders hast with a short table of its own (hast-to-react.ts); the general converter
 * it stands in for must render the same markup for every kind of tree the app makes.
 */
const options = { appOrigin: 'https://inspector.test', idPrefix: 'md1-' }

const TEXTS = {
  gfm: [
    '# Report\u202E',
    '',
    'See [paypal.com](https://evil.example/login), ~~old~~ www.example.com and',
    '[home](https://inspector.test/x). ![pixel](https://img.example/p.gif) **bold** _em_ `code`',
    '',
    '| left | centre | right | none |',
    '| :--- | :----: | ----: | ---- |',
    '| 1 | 2 | 3 | 4 |',
    '',
    '- [x] done',
    '- [ ] todo',
    '',
    '3. three',
    '4. four',
    '',
    '> quoted\\',
    '> line',
    '',
    '---',
    '',
    '<b>raw</b> and <script>alert(1)</script>',
    '',
    '```js',
    'const answer = 42',
    '```',
  ].join('\n'),
  footnotes: 'Claim.[^n] Another.[^m]\n\n[^n]: The note.\n[^m]: https://a.example/report',
  citations: 'As reported [1] and [^2].\n\n[^2]: See https://b.example/x',
}

function markup(node: React.ReactNode): string {
  const { container, unmount } = render(<>{node}</>)
  const html = container.innerHTML
  unmount()
  return html
}

const general = (node: Element) =>
  toJsxRuntime(node, { Fragment, jsx, jsxs, passNode: true, components })

describe('hastToReact', () => {
  it.each(Object.entries(TEXTS))(
    'renders the blocks of %s as the general converter does',
    (_, text) => {
      const blocks = parseBlocks(text, 0, options)
      expect(blocks.length).toBeGreaterThan(1)
      for (const block of blocks) {
        if (block.kind !== 'hast') continue
        expect(markup(hastToReact(block.node, components))).toBe(markup(general(block.node)))
      }
    },
  )

  it('renders highlighted code as the general converter does', () => {
    const lowlight = createLowlight({ javascript })
    const tree = revealHiddenCharacters(
      lowlight.highlight('javascript', 'const a = "x\u200B" // hi'),
    )
    const ours = markup(hastToReact(tree))
    expect(ours).toContain('hljs-keyword')
    expect(ours).toBe(markup(toJsxRuntime(tree, { Fragment, jsx, jsxs })))
  })

  it('names data and aria attributes as the general converter does', () => {
    const node: Element = {
      type: 'element',
      tagName: 'section',
      properties: {
        dataFootnotes: true,
        dataCiteUrl: 'https://a.example/',
        ariaDescribedBy: ['one', 'two'],
        ariaLabel: 'Notes',
        className: ['footnotes', 'wide'],
      },
      children: [],
    }
    const ours = markup(hastToReact(node))
    expect(ours).toContain('aria-describedby="one two"')
    expect(ours).toBe(markup(toJsxRuntime(node, { Fragment, jsx, jsxs })))
  })

  it('leaves out properties it does not know', () => {
    const node: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: 'https://a.example/', onClick: 'alert(1)', style: 'color: red' },
      children: [{ type: 'text', value: 'a' }],
    }
    expect(markup(hastToReact(node))).toBe('<a href="https://a.example/">a</a>')
  })
})
