// @vitest-environment node
import { errorBodyMessage } from './error-body'

describe('errorBodyMessage', () => {
  it.each([
    ['{"error":"Invalid API key"}', 'Invalid API key'],
    ['{"error":{"message":"Worker not found","code":"x"}}', 'Worker not found'],
    ['{"error":"   "}', 'fallback'],
    ['{"error":42}', 'fallback'],
    ['{"message":"not where errors are"}', 'fallback'],
    ['[{"error":"in a list"}]', 'fallback'],
    ['<html>Bad gateway</html>', 'fallback'],
    ['', 'fallback'],
  ])('reads %j as %j', (body, expected) => {
    expect(errorBodyMessage(body, 'fallback')).toBe(expected)
  })

  it('cuts a long message to 300 characters', () => {
    expect(errorBodyMessage(JSON.stringify({ error: 'x'.repeat(5000) }), '')).toHaveLength(300)
  })

  it('shows hidden and bidi characters in a message as visible tokens', () => {
    const body = JSON.stringify({ error: 'Key \u202Edilavni\u202C for hdg_\u200B' })
    expect(errorBodyMessage(body, '')).toBe('Key ⟨U+202E⟩dilavni⟨U+202C⟩ for hdg_⟨U+200B⟩')
  })
})
