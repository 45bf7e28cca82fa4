import { toJsonText } from './json-text'

describe('toJsonText', () => {
  it('pretty-prints JSON', () => {
    expect(toJsonText({ a: 1 })).toBe('{\n  "a": 1\n}')
  })

  it('never throws on values JSON cannot express', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(toJsonText(cyclic)).toBe('[object Object]')
    expect(toJsonText(10n)).toBe('10')
    expect(toJsonText(undefined)).toBe('undefined')
  })
})
