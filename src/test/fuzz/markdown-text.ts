import fc from 'fast-check'
import { anyString, hostileString, urlText } from './hostile-values'

/*
 * Answers as an agent (or a page it read) might write them: Markdown of every construct the
 * renderer handles, links that cite sources or point somewhere unsafe, raw HTML, and now and
 * then a text long or odd enough to take the budgeted path (worker, deadline, plain text).
 */
const piece: fc.Arbitrary<string> = fc.oneof(
  hostileString,
  hostileString.map((text) => `# ${text}`),
  hostileString.map((text) => `###### ${text}`),
  fc.tuple(hostileString, urlText).map(([label, url]) => `[${label}](${url})`),
  fc.tuple(hostileString, urlText).map(([label, url]) => `![${label}](${url})`),
  urlText.map((url) => `<${url}>`),
  urlText.map((url) => `see ${url} for more`),
  fc.tuple(fc.nat(30), urlText).map(([n, url]) => `[${n}](${url})`),
  hostileString.map((text) => `**${text}** _${text}_ ~~${text}~~ \`${text}\``),
  fc
    .tuple(
      fc.constantFrom('', 'js', 'json', 'python', 'html', 'no-such-language', '<x>'),
      hostileString,
    )
    .map(([lang, code]) => `\`\`\`${lang}\n${code}\n\`\`\``),
  fc.tuple(hostileString, hostileString).map(([a, b]) => `| ${a} | b |\n| - | - |\n| ${b} | 2 |`),
  hostileString.map((text) => `- [x] ${text}\n- [ ] ${text}\n  1. nested`),
  hostileString.map((text) => `> ${text}\n>> ${text}`),
  hostileString.map((text) => `${text}[^1]\n\n[^1]: ${text}`),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '<details open><summary>x</summary>y</details>',
    '&lt;b&gt; &amp; &#x202E; &#0; &nbsp;',
    '---',
    '***',
    '[x]: javascript:alert(1)\n\n[x]',
    '[a][b]\n\n[b]: https://example.com/ "title"',
  ),
)

const shortMarkdown: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { maxLength: 6 }), fc.constantFrom('\n\n', '\n', ' ', ''))
  .map(([pieces, joint]) => pieces.join(joint))

/** Texts that make a Markdown parser work hard: quote runs, bracket and emphasis storms. */
const pathological: fc.Arbitrary<string> = fc.constantFrom(
  '> a\n'.repeat(400),
  '['.repeat(2_000),
  '*_'.repeat(1_500),
  '[a]('.repeat(800),
  `${'- '.repeat(300)}x`,
  '`'.repeat(3_000),
)

/** A long answer: a short one repeated past the limit for parsing at once. */
const longMarkdown: fc.Arbitrary<string> = fc
  .tuple(shortMarkdown, fc.integer({ min: 4_001, max: 20_000 }))
  .map(([text, length]) => {
    const unit = `${text || 'para'}\n\n`
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
  })

export const markdownText: fc.Arbitrary<string> = fc.oneof(
  { weight: 50, arbitrary: shortMarkdown },
  { weight: 6, arbitrary: anyString },
  { weight: 1, arbitrary: longMarkdown },
  { weight: 1, arbitrary: pathological },
)
