// @vitest-environment node
import { domainOf, fileNameOf, pointsIntoApp, safeHref } from './safe-url'

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.com/x', 'https://example.com/x'],
    ['mailto:team@example.com', 'mailto:team@example.com'],
    ['  https://example.com/padded  ', 'https://example.com/padded'],
  ])('allows %j', (url, href) => {
    expect(safeHref(url)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\t \njavascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    'relative.html',
    '//example.com/protocol-relative',
    '',
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeNull()
  })

  it.each([null, undefined, 42, { href: 'https://example.com' }])(
    'refuses the non-string %j',
    (url) => {
      expect(safeHref(url)).toBeNull()
    },
  )
})

describe('domainOf', () => {
  it.each([
    ['https://www.example.com/a', 'example.com'],
    ['https://docs.example.com:8443/a', 'docs.example.com'],
    ['http://localhost:3000/', 'localhost'],
  ])('reads the host of %s', (url, domain) => {
    expect(domainOf(url)).toBe(domain)
  })

  it.each(['not a url', 'mailto:a@example.com', ''])('returns null for %j', (url) => {
    expect(domainOf(url)).toBeNull()
  })
})

describe('fileNameOf', () => {
  it.each([
    ['https://x.test/files/report.pdf', 'report.pdf'],
    ['https://x.test/files/report.pdf?download=1#top', 'report.pdf'],
    ['https://x.test/files/Q3%20report%20(final).pdf', 'Q3 report (final).pdf'],
    ['https://x.test/files/r%C3%A9sum%C3%A9.txt', 'résumé.txt'],
    ['https://x.test/files/data/', 'data'],
  ])('reads the name of %s', (url, name) => {
    expect(fileNameOf(url)).toBe(name)
  })

  it.each([
    'https://x.test/files/%E0%A4%A.txt',
    'https://x.test/100%.txt',
    'https://x.test/',
    'https://x.test',
    'not a url',
  ])('returns null for %j', (url) => {
    expect(fileNameOf(url)).toBeNull()
  })
})

describe('pointsIntoApp', () => {
  const app = 'https://inspector.example.com'
  it.each([
    'https://inspector.example.com/api/workers/wrk_1',
    'https://inspector.example.com/_app/session',
    'https://INSPECTOR.example.com:443/workers/wrk_1',
    'https://inspector.example.com/_app/demo-files/../../api/x',
  ])('is true for %s', (url) => {
    expect(pointsIntoApp(url, app)).toBe(true)
  })

  it.each([
    'https://handinger.com/api/workers/wrk_1',
    'http://inspector.example.com/api/x',
    'https://inspector.example.com:8443/api/x',
    'https://inspector.example.com/_app/demo-files/wrk_demo-research/a.csv',
    'mailto:a@inspector.example.com',
  ])('is false for %s', (url) => {
    expect(pointsIntoApp(url, app)).toBe(false)
  })
})
