import { decodeNamedCharacterReference, loadEntitiesFor } from './worker-entities'

describe('named character references in the worker', () => {
  it('loads the table only for a text with a reference, then decodes with it', async () => {
    await loadEntitiesFor('Fish & chips; no reference here &; &1;')
    expect(decodeNamedCharacterReference('amp')).toBe(false)
    await loadEntitiesFor('Caf&eacute; &amp; bar')
    expect(decodeNamedCharacterReference('eacute')).toBe('é')
    expect(decodeNamedCharacterReference('amp')).toBe('&')
    expect(decodeNamedCharacterReference('notaname')).toBe(false)
    expect(decodeNamedCharacterReference('__proto__')).toBe(false)
  })
})
