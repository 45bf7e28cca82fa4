// @vitest-environment node
import { fileLabel, sourceLabel } from './display-names'

describe('display names', () => {
  it.each([
    [{ filename: 'report.csv', url: 'https://x.example/f/1' }, 'report.csv'],
    [{ filename: null, url: 'https://x.example/a/My%20Deck.pdf' }, 'My Deck.pdf'],
    [{ filename: '   ', url: 'https://x.example/a/b.txt' }, 'b.txt'],
    [{ filename: null, url: 'https://x.example/' }, ''],
    [{ filename: 7, url: 42 }, ''],
  ])('calls the file %o "%s"', (file, expected) => {
    expect(fileLabel(file)).toBe(expected)
  })

  it.each([
    [{ title: 'Annual report', url: 'https://www.example.com/r' }, 'Annual report'],
    [{ title: null, url: 'https://www.example.com/r' }, 'example.com'],
    [{ title: ' ', url: 'https://news.example.org/a' }, 'news.example.org'],
    [{ title: null, url: ' data:text/plain,hi ' }, 'data:text/plain,hi'],
    [{ title: null, url: '' }, ''],
  ])('calls the source %o "%s"', (source, expected) => {
    expect(sourceLabel(source)).toBe(expected)
  })
})
