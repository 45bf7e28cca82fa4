// @vitest-environment node
import { type DiffPart, type TextDiff, TEXT_DIFF_LIMITS, diffTexts, sideParts } from './text-diff'

function joined(parts: DiffPart[], side: 'a' | 'b'): string {
  return sideParts(parts, side)
    .map((part) => part.text)
    .join('')
}

function partsOf(diff: TextDiff): DiffPart[] {
  if (diff.kind !== 'words' && diff.kind !== 'lines') throw new Error(`no parts: ${diff.kind}`)
  return diff.parts
}

/** Words from a small vocabulary in a seeded order, a line break every 12 words. */
function randomText(words: number, seed: number): string {
  let state = seed
  const out: string[] = []
  for (let i = 0; i < words; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    out.push(`w${state % 5000}${i % 12 === 11 ? '\n' : ' '}`)
  }
  return out.join('')
}

describe('diffTexts', () => {
  it('says two equal answers are the same without diffing', () => {
    expect(diffTexts('Same answer.', 'Same answer.')).toEqual({ kind: 'same' })
  })

  it('marks the changed words, with counts in words', () => {
    const diff = diffTexts('The quick brown fox jumps.', 'The quick red fox leaps high.')
    expect(diff.kind).toBe('words')
    const parts = partsOf(diff)
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['brown', 'jumps'])
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([
      'red',
      'leaps high',
    ])
    expect(diff.kind === 'words' && diff.counts).toEqual({ added: 3, removed: 2 })
  })

  it('joins changes separated only by spaces into one change on each side', () => {
    const a = 'Keep this. Old words here, then more.'
    const b = 'Keep this. New text there, then more.'
    const parts = partsOf(diffTexts(a, b))
    expect(parts).toEqual([
      { kind: 'same', text: 'Keep this. ' },
      { kind: 'removed', text: 'Old words here' },
      { kind: 'added', text: 'New text there' },
      { kind: 'same', text: ', then more.' },
    ])
  })

  it('gives each side back exactly as written, spacing and line breaks included', () => {
    const a = 'Price:  €5,490\n\nMargin about €790 per bike.\r\n- lease €159'
    const b = 'Price: €4,990\n\n\nMargin about €500 per bike!\n- lease €145 a month'
    const parts = partsOf(diffTexts(a, b))
    expect(joined(parts, 'a')).toBe(a)
    expect(joined(parts, 'b')).toBe(b)
  })

  it('handles an empty side as all added or all removed', () => {
    expect(partsOf(diffTexts('', 'New text'))).toEqual([{ kind: 'added', text: 'New text' }])
    expect(partsOf(diffTexts('Old text', ''))).toEqual([{ kind: 'removed', text: 'Old text' }])
  })

  it('falls back to lines when the words differ in more places than the budget', () => {
    const limits = { ...TEXT_DIFF_LIMITS, wordEdits: 3 }
    const a = 'one two three\nfour five six\nseven'
    const b = 'uno dos tres\nfour five six\nsiete'
    const diff = diffTexts(a, b, limits)
    expect(diff).toMatchObject({
      kind: 'lines',
      reason: 'many-changes',
      counts: { added: 2, removed: 2 },
    })
    const parts = partsOf(diff)
    expect(parts).toContainEqual({ kind: 'same', text: 'four five six\n' })
    expect(joined(parts, 'a')).toBe(a)
    expect(joined(parts, 'b')).toBe(b)
  })

  it('skips the word diff for long answers', () => {
    const limits = { ...TEXT_DIFF_LIMITS, wordChars: 20 }
    const diff = diffTexts(
      'a long first line\nsecond line',
      'a long first line\nsecond line!',
      limits,
    )
    expect(diff).toMatchObject({ kind: 'lines', reason: 'long', counts: { added: 1, removed: 1 } })
  })

  it('gives up when even the lines differ too much', () => {
    const limits = { ...TEXT_DIFF_LIMITS, wordEdits: 1, lineEdits: 1 }
    expect(diffTexts('a\nb\nc', 'x\ny\nz', limits)).toEqual({
      kind: 'too-different',
      reason: 'many-changes',
    })
  })

  it('stays bounded on two large, unrelated answers', () => {
    const a = randomText(150_000, 1)
    const b = randomText(150_000, 2)
    expect(a.length).toBeGreaterThan(TEXT_DIFF_LIMITS.wordChars * 5)
    const started = performance.now()
    const diff = diffTexts(a, b)
    const elapsed = performance.now() - started
    // Unbounded, Myers over 12,000 lines that all differ takes far longer and builds one part
    // per line; bounded, it gives up within its budgets (generous here for a busy machine).
    expect(diff.kind).toBe('too-different')
    expect(elapsed).toBeLessThan(3_000)
  })

  it('still diffs a large answer with few changes, line by line', () => {
    const a = randomText(150_000, 3)
    const b = a.replace('\n', ' inserted words\n')
    const diff = diffTexts(a, b)
    expect(diff).toMatchObject({ kind: 'lines', reason: 'long', counts: { added: 1, removed: 1 } })
    expect(partsOf(diff).length).toBeLessThanOrEqual(3)
  })
})
