// @vitest-environment node
import { scrubSecrets } from './scrub'

describe('scrubSecrets', () => {
  it('blanks the key, any bearer token and anything shaped like a Handinger key', () => {
    const text = JSON.stringify({
      error: 'Key hdg_live_ours123 rejected',
      debug: 'Authorization: Bearer eyJhbGciOiJIUzI1.x-y_z= sent',
      other: 'also hdg_test_AbC-9_x and hdg_live_someoneElse',
      raw: 'plainsecretvalue',
    })
    const scrubbed = scrubSecrets(text, 'plainsecretvalue')
    for (const secret of [
      'hdg_live_ours123',
      'eyJhbGciOi',
      'hdg_test_AbC-9_x',
      'hdg_live_someoneElse',
      'plainsecretvalue',
    ]) {
      expect(scrubbed).not.toContain(secret)
    }
    expect(JSON.parse(scrubbed)).toEqual({
      error: 'Key [redacted] rejected',
      debug: 'Authorization: Bearer [redacted] sent',
      other: 'also [redacted] and [redacted]',
      raw: '[redacted]',
    })
  })

  it('leaves ordinary text alone', () => {
    const text = '{"error":"Worker not found","hint":"bearer of bad news"}'
    expect(scrubSecrets(text, 'hdg_live_k')).toBe(text)
  })
})
