// @vitest-environment node
import { diffSources, normalizeSourceUrl } from './sources-diff'

const source = (url: string, title: string | null = null) => ({ url, title })

describe('normalizeSourceUrl', () => {
  it.each([
    ['https://www.Example.com/page/', 'example.com/page'],
    ['http://example.com/page#section', 'example.com/page'],
    ['https://example.com/page?utm_source=x&b=2&a=1&fbclid=z', 'example.com/page?a=1&b=2'],
    ['  https://example.com  ', 'example.com'],
    ['https://example.com:443/', 'example.com'],
  ])('%s -> %s', (url, normalized) => {
    expect(normalizeSourceUrl(url)).toBe(normalized)
  })

  it('keeps what makes two pages different', () => {
    expect(normalizeSourceUrl('https://example.com/a?id=1')).not.toBe(
      normalizeSourceUrl('https://example.com/a?id=2'),
    )
    expect(normalizeSourceUrl('https://example.com/A')).not.toBe(
      normalizeSourceUrl('https://example.com/a'),
    )
    expect(normalizeSourceUrl('https://example.com:8080/')).not.toBe(
      normalizeSourceUrl('https://example.com/'),
    )
  })

  it('leaves a text that is not an address as it is (trimmed)', () => {
    expect(normalizeSourceUrl(' not a url ')).toBe('not a url')
    expect(normalizeSourceUrl('mailto:a@b.example')).toBe('mailto:a@b.example')
  })
})

describe('diffSources', () => {
  it('lists the sources only one run cited, with their titles, and counts the shared ones', () => {
    const a = [
      source('https://ziv.example/', 'ZIV'),
      source('https://bovag.example/'),
      source('https://shared.example/x', 'Shared'),
    ]
    const b = [
      source('https://www.shared.example/x/', 'Shared again'),
      source('https://jobrad.example/', 'JobRad'),
    ]
    expect(diffSources(a, b)).toEqual({
      added: [source('https://jobrad.example/', 'JobRad')],
      removed: [source('https://ziv.example/', 'ZIV'), source('https://bovag.example/')],
      common: 1,
    })
  })

  it('counts a source cited twice once, and takes the title from whichever citation has one', () => {
    const a = [source('https://x.example/'), source('https://x.example/#top', 'X')]
    expect(diffSources(a, [])).toEqual({
      added: [],
      removed: [source('https://x.example/#top', 'X')],
      common: 0,
    })
  })

  it('finds nothing added or removed between the same sources', () => {
    const list = [source('https://a.example/'), source('https://b.example/')]
    expect(diffSources(list, [...list].reverse())).toEqual({ added: [], removed: [], common: 2 })
  })
})
