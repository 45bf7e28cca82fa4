// @vitest-environment node
import { turnShares } from './turn-shares'

const turn = (
  seq: number,
  credits: number | null,
  inputTokens: number | null,
  outputTokens: number | null,
) => ({
  seq,
  credits,
  inputTokens,
  outputTokens,
})

describe('turnShares', () => {
  it("gives each turn's credits and tokens and its share of the sum", () => {
    const shares = turnShares([
      turn(0, 250, 800, 200),
      turn(1, 250, 1000, 0),
      turn(2, 500, 1500, 500),
    ])
    expect(shares).toEqual([
      { seq: 0, credits: 250, creditShare: 0.25, tokens: 1000, tokenShare: 0.25 },
      { seq: 1, credits: 250, creditShare: 0.25, tokens: 1000, tokenShare: 0.25 },
      { seq: 2, credits: 500, creditShare: 0.5, tokens: 2000, tokenShare: 0.5 },
    ])
  })

  it('leaves a missing figure out of the sum and gives it no share', () => {
    const shares = turnShares([turn(0, null, null, 300), turn(1, 100, null, null)])
    expect(shares).toEqual([
      { seq: 0, credits: null, creditShare: null, tokens: 300, tokenShare: 1 },
      { seq: 1, credits: 100, creditShare: 1, tokens: null, tokenShare: null },
    ])
  })

  it('gives no shares when nothing was spent', () => {
    expect(turnShares([turn(0, 0, 0, 0)])).toEqual([
      { seq: 0, credits: 0, creditShare: null, tokens: 0, tokenShare: null },
    ])
  })

  it('is empty without turns', () => expect(turnShares([])).toEqual([]))
})
