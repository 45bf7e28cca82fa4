// @vitest-environment node
import { fileKind } from './file-kind'

describe('fileKind', () => {
  it('reads the kind from the media type alone', () => {
    expect(fileKind('application/x-msdownload')).toBe('executable')
    expect(fileKind('Text/CSV; charset=utf-8')).toBe('csv')
    expect(fileKind('application/ld+json')).toBe('json')
    expect(fileKind('image/svg+xml')).toBe('image')
    expect(fileKind('image/x-unknown')).toBe('other')
    expect(fileKind('text/html')).toBe('text')
    expect(fileKind('application/pdf')).toBe('pdf')
  })

  it('treats anything that is not a media type as other', () => {
    expect(fileKind('<b>image/png</b>')).toBe('other')
    expect(fileKind(undefined)).toBe('other')
  })
})
