// @vitest-environment node
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importGraph, importsOf, packageName } from './import-graph'

/*
 * Markdown is parsed in the markdown worker only: the page itself never loads the parser, so its
 * scripts stay small and a long parse never blocks it. Whatever the page's entry (index.html
 * loads src/main.tsx) can import, however deep and however lazily, must not reach the parser.
 */
const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)))
const WORKER = 'src/components/markdown/markdown.worker.ts'
const PARSER_PACKAGES = [
  'micromark',
  'micromark-extension-gfm',
  'mdast-util-from-markdown',
  'remark-parse',
  'react-markdown',
  'unified',
]
const isParser = (name: string) => PARSER_PACKAGES.includes(name) || name.startsWith('micromark-')

const page = importGraph(ROOT, 'src/main.tsx')
const worker = importGraph(ROOT, WORKER)

describe('the markdown parser stays in the worker', () => {
  it('is not among the packages the page can load', () => {
    expect([...page.packages].filter(isParser)).toEqual([])
    // The page does load its other packages, so the walk reaches them.
    expect(page.packages).toContain('react-dom')
    expect(page.packages).toContain('lowlight')
  })

  it('nor is the general hast converter, with its attribute tables (hast-to-react.ts renders)', () => {
    expect(page.packages).not.toContain('hast-util-to-jsx-runtime')
    expect(page.packages).not.toContain('property-information')
  })

  it('is not in the modules of the page, which reaches the markdown components', () => {
    expect(page.files).toContain('src/components/markdown/markdown.tsx')
    expect(page.files).toContain('src/components/markdown/markdown-client.ts')
    expect([...page.files].filter((file) => /markdown-parse|markdown\.worker/.test(file))).toEqual(
      [],
    )
  })

  it('is what the worker loads', () => {
    expect(worker.files).toContain('src/components/markdown/markdown-parse.ts')
    expect([...worker.packages].filter(isParser)).toEqual(
      expect.arrayContaining(['micromark', 'mdast-util-from-markdown', 'micromark-extension-gfm']),
    )
  })
})

describe('reading imports', () => {
  it('counts what runs and leaves out what is erased', () => {
    const source = [
      "import a from 'a'",
      "import type { B } from 'b'",
      "import { type C } from 'c'",
      "import { type D, e } from 'd'",
      "import 'side-effect'",
      "export { f } from './f'",
      "export type { G } from './g'",
      "const h = () => import('@/h')",
      "const i = require('i')",
      "const worker = new URL('./x.worker.ts', import.meta.url)",
    ].join('\n')
    expect(importsOf('x.ts', source)).toEqual(['a', 'd', 'side-effect', './f', '@/h', 'i'])
  })

  it('names packages, scoped or not, by their first parts', () => {
    expect(packageName('micromark-util-character/dev')).toBe('micromark-util-character')
    expect(packageName('@tanstack/react-query/build')).toBe('@tanstack/react-query')
  })
})
