// @vitest-environment node
import { essenceOf, previewKindOf } from './preview-media'

describe('essenceOf', () => {
  it('reads type/subtype in lower case, and nothing that is not one', () => {
    expect(essenceOf(' image/PNG ;q=1')).toBe('image/png')
    expect(essenceOf('image/png\u202E')).toBeNull()
    expect(essenceOf('<b>image/png</b>')).toBeNull()
    expect(essenceOf(undefined)).toBeNull()
  })
})

describe('previewKindOf', () => {
  it.each([
    ['image/png', 'image'],
    ['IMAGE/JPEG; q=1', 'image'],
    ['image/gif', 'image'],
    ['image/webp', 'image'],
    ['application/pdf', 'pdf'],
    ['text/csv; charset=utf-8', 'csv'],
    ['application/json', 'json'],
    ['application/ld+json', 'json'],
    ['text/x-markdown', 'markdown'],
    ['text/plain', 'text'],
    ['text/x-python', 'text'],
  ])('previews %s as %s', (mediaType, kind) => {
    expect(previewKindOf(mediaType)).toBe(kind)
  })

  it.each([
    'image/svg+xml',
    'text/html',
    'application/xhtml+xml',
    'text/xml',
    'application/xml',
    'text/javascript',
    'image/bmp',
    'application/octet-stream',
    'application/x-msdownload',
    'not a type',
  ])('does not preview %s', (mediaType) => {
    expect(previewKindOf(mediaType)).toBeNull()
  })
})
