import hljs from 'highlight.js/lib/core'
import { common } from 'lowlight'
import { EMBEDS, GRAMMARS, grammarName, grammarsFor } from './highlight-languages'
import { highlight } from './highlight'

/* Every sub-language a grammar hands parts of its text to (JSX in JavaScript, CSS in HTML). */
function subLanguages(grammar: unknown): string[] {
  const found = new Set<string>()
  const seen = new Set<unknown>()
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return
    seen.add(node)
    const sub = (node as { subLanguage?: string | string[] }).subLanguage
    for (const name of [sub ?? []].flat()) found.add(name)
    for (const value of Object.values(node)) walk(value)
  }
  walk(grammar)
  return [...found]
}

describe('highlight languages', () => {
  it("loads exactly lowlight's common set, and knows every alias its grammars declare", async () => {
    expect(Object.keys(GRAMMARS).sort()).toEqual(Object.keys(common).sort())
    for (const [name, load] of Object.entries(GRAMMARS)) {
      const grammar = (await load()).default
      expect(grammar).toBe(common[name])
      for (const alias of grammar(hljs).aliases ?? []) expect(grammarName(alias)).toBe(name)
      expect(grammarName(name.toUpperCase())).toBe(name)
    }
    expect(grammarName('brainfuck')).toBeNull()
    expect(grammarName('__proto__')).toBeNull()
  })

  it('loads with a grammar the grammars it embeds, as the common set had them', () => {
    for (const [name, grammar] of Object.entries(common)) {
      const embedded = subLanguages(grammar(hljs)).filter(
        (sub) => sub !== name && Object.hasOwn(common, sub),
      )
      expect(EMBEDS[name] ?? []).toEqual(expect.arrayContaining(embedded))
      expect((EMBEDS[name] ?? []).length).toBe(embedded.length)
    }
    expect(grammarsFor('typescript')).toEqual(
      expect.arrayContaining(['typescript', 'xml', 'css', 'graphql', 'javascript']),
    )
  })

  it('highlights an aliased language, embedded markup included', async () => {
    const { render } = await import('@testing-library/react')
    const node = await highlight('const x = <b className="a">hi</b>', 'JSX')
    const { container } = render(<>{node}</>)
    expect(container.querySelector('.hljs-keyword')).toHaveTextContent('const')
    expect(container.querySelector('.hljs-attr')).toHaveTextContent('className')
    expect(await highlight('x', 'no-such-language')).toBeNull()
  })
})
