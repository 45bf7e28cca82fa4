import type { AppLoadResult } from './measure-page'
import { againstRows, type AgainstResults, type RunResults } from './report'

/** Only the figures the "Against" table reads. */
const load = (longest: number, tbt: number, lcp: number) =>
  ({ loadingLongestTaskMs: longest, tbtMs: tbt, lcpMs: lcp }) as AppLoadResult

describe('the "Against" table', () => {
  it('gives each figure as the medians of this commit and of the other, over the same runs', () => {
    const mine = [load(60, 10, 300), load(40, 0, 320), load(52, 5, 310)]
    const theirs = [load(70, 30, 400), load(80, 40, 380), load(75, 20, 390)]
    const results = {
      big: { load: { app: mine } },
      huge: { load: { app: [] } },
      cpu4: { app: mine },
      blockquotes: { load: { app: [] } },
    } as unknown as RunResults
    const against: AgainstResults = {
      rev: 'abc1234',
      big: theirs,
      huge: [],
      cpu4: theirs,
      blockquotes: [],
    }
    const rows = againstRows(results, against)
    expect(rows).toContainEqual(['Big: longest task while loading', '52 ms', '75 ms', '3'])
    expect(rows).toContainEqual(['Ordinary worker, 4x CPU: LCP', '310 ms', '390 ms', '3'])
    // A body the other commit was not measured on has no row.
    expect(rows.some(([what]) => what?.startsWith('Huge'))).toBe(false)
  })
})
