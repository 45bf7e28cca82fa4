// @vitest-environment node
import { displayName, ellipsize, hasHidden, revealHidden, splitHidden } from './visible-text'

describe('revealHidden', () => {
  it('shows a right-to-left override as a token, so a file name reads as written', () => {
    expect(revealHidden('invoice\u202Efdp.exe')).toBe('invoice⟨U+202E⟩fdp.exe')
  })

  it('reveals zero-width, isolate and tag characters', () => {
    expect(revealHidden('a\u200Bb\u2066c\u{E0041}')).toBe('a⟨U+200B⟩b⟨U+2066⟩c⟨U+E0041⟩')
  })

  it('leaves tabs, newlines and emoji sequences alone', () => {
    expect(revealHidden('line 1\n\tline 2 👩‍💻 ❤️‍🔥')).toBe('line 1\n\tline 2 👩‍💻 ❤️‍🔥')
    expect(hasHidden('plain text')).toBe(false)
  })

  it('reveals a joiner that is not between two pictographs', () => {
    expect(revealHidden('ad\u200Dmin')).toBe('ad⟨U+200D⟩min')
  })

  it('splits text into runs and hidden pieces', () => {
    expect(splitHidden('x\u202Ey')).toEqual([
      { text: 'x' },
      { hidden: '\u202E', label: 'U+202E' },
      { text: 'y' },
    ])
  })
})

describe('displayName', () => {
  it('gives a placeholder for empty, blank and non-string names', () => {
    expect(displayName('', 'Unnamed')).toBe('Unnamed')
    expect(displayName('   ', 'Unnamed')).toBe('Unnamed')
    expect(displayName(42, 'Unnamed')).toBe('Unnamed')
  })

  it('a zero-width name is visible, not empty', () => {
    expect(displayName('\u200B\u200B', 'Unnamed')).toBe('⟨U+200B⟩⟨U+200B⟩')
  })
})

describe('ellipsize', () => {
  it('cuts by code point, never inside a surrogate pair', () => {
    expect(ellipsize('😀😀😀😀', 3)).toBe('😀😀…')
    expect(ellipsize('short', 10)).toBe('short')
  })
})
