// @vitest-environment node
import { HIDDEN_URL, hideUrlIn, maskUrl } from './mask-url'

describe('maskUrl', () => {
  it.each([
    ['https://hooks.slack.com/services/T0/B0/XYZ', 'https://hooks.slack.com/…'],
    ['https://example.com', 'https://example.com'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com/?secret=1', 'https://example.com/…'],
    ['https://example.com#frag', 'https://example.com/…'],
    ['http://127.0.0.1:8080/hook', 'http://127.0.0.1:8080/…'],
    ['https://example.com:443/hook', 'https://example.com/…'],
    ['https://user:pass@example.com', 'https://example.com/…'],
    ['HTTPS://Hooks.Example.COM/x', 'https://hooks.example.com/…'],
    ['  https://example.com/a  ', 'https://example.com/…'],
  ])('%s → %s', (raw, masked) => {
    expect(maskUrl(raw)).toBe(masked)
  })

  it.each([
    'ftp://example.com/file',
    'javascript:alert(1)',
    'not a url',
    '',
    '/relative/path',
    'data:text/plain,hi',
  ])('hides %j entirely', (raw) => {
    expect(maskUrl(raw)).toBe(HIDDEN_URL)
  })
})

describe('hideUrlIn', () => {
  const raw = 'https://hooks.example.com/services/T01/B02/s3cr3t'

  it('replaces the URL as given', () => {
    expect(hideUrlIn(`POST ${raw} answered 410 Gone (${raw})`, raw)).toBe(
      'POST https://hooks.example.com/… answered 410 Gone (https://hooks.example.com/…)',
    )
  })

  it('replaces the spelling the URL parser writes, and the path on its own', () => {
    const odd = 'HTTPS://Hooks.Example.com:443/services/T01/B02/s3cr3t'
    const text = `to https://hooks.example.com/services/T01/B02/s3cr3t: 404 for /services/T01/B02/s3cr3t`
    const hidden = hideUrlIn(text, odd)
    expect(hidden).not.toContain('s3cr3t')
    expect(hidden).toBe('to https://hooks.example.com/…: 404 for /…')
  })

  it('leaves text without the URL as it is, and short paths alone', () => {
    expect(hideUrlIn('Timed out after 10 s', raw)).toBe('Timed out after 10 s')
    expect(hideUrlIn('HTTP/1.1 500 at /a', 'https://example.com/a')).toBe('HTTP/1.1 500 at /a')
  })

  it('hides a URL that does not parse as http(s)', () => {
    expect(hideUrlIn('cannot post to hooks:abc', 'hooks:abc')).toBe('cannot post to (hidden)')
    expect(hideUrlIn('nothing to hide', '')).toBe('nothing to hide')
  })
})
