// @vitest-environment node
import { createServedFiles } from './served-files'

const entry = (url: string) => ({ url, mediaType: 'text/plain', filename: null })

describe('createServedFiles', () => {
  it('keeps each credential apart', () => {
    const served = createServedFiles()
    served.record('alice', [entry('https://a.example/1')])
    expect(served.lookup('alice', 'https://a.example/1')).toEqual({
      mediaType: 'text/plain',
      filename: null,
    })
    expect(served.lookup('bob', 'https://a.example/1')).toBeNull()
  })

  it('forgets a URL once it has not been listed for the time to live', () => {
    let now = 0
    const served = createServedFiles({ ttlMs: 1000, now: () => now })
    served.record('alice', [entry('https://a.example/1')])
    now = 900
    served.record('alice', [entry('https://a.example/1')])
    now = 1800
    expect(served.lookup('alice', 'https://a.example/1')).not.toBeNull()
    now = 1900
    expect(served.lookup('alice', 'https://a.example/1')).toBeNull()
  })

  it('stays bounded: oldest URLs and least recent credentials go first', () => {
    const served = createServedFiles({ maxUrlsPerCredential: 2, maxCredentials: 2 })
    served.record(
      'alice',
      ['1', '2', '3'].map((n) => entry(`https://a.example/${n}`)),
    )
    expect(served.lookup('alice', 'https://a.example/1')).toBeNull()
    expect(served.lookup('alice', 'https://a.example/3')).not.toBeNull()
    served.record('bob', [entry('https://b.example/1')])
    served.record('carol', [entry('https://c.example/1')])
    expect(served.lookup('alice', 'https://a.example/3')).toBeNull()
    expect(served.lookup('bob', 'https://b.example/1')).not.toBeNull()
  })
})
