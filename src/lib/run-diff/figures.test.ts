// @vitest-environment node
import { type Figures, figureDeltas, signed, signedPercent } from './figures'

const figures = (values: Partial<Figures>): Figures => ({
  credits: null,
  durationMs: null,
  inputTokens: null,
  outputTokens: null,
  ...values,
})

describe('figureDeltas', () => {
  it('gives each figure of both runs with the difference and its percentage', () => {
    const deltas = figureDeltas(
      figures({ credits: 12345, durationMs: 83000, inputTokens: 1000, outputTokens: 0 }),
      figures({ credits: 8420, durationMs: 83000, inputTokens: 1500, outputTokens: 40 }),
    )
    expect(deltas).toEqual([
      { key: 'credits', a: 12345, b: 8420, delta: -3925, percent: expect.closeTo(-31.79, 2) },
      { key: 'durationMs', a: 83000, b: 83000, delta: 0, percent: 0 },
      { key: 'inputTokens', a: 1000, b: 1500, delta: 500, percent: 50 },
      // From zero a percentage says nothing.
      { key: 'outputTokens', a: 0, b: 40, delta: 40, percent: null },
    ])
  })

  it('leaves the difference out when either run does not report the figure', () => {
    const [credits, duration] = figureDeltas(figures({ credits: 5 }), figures({ durationMs: 9 }))
    expect(credits).toEqual({ key: 'credits', a: 5, b: null, delta: null, percent: null })
    expect(duration).toEqual({ key: 'durationMs', a: null, b: 9, delta: null, percent: null })
  })
})

describe('signed and signedPercent', () => {
  it('write the sign, a real minus sign for less', () => {
    expect(signed(3925)).toBe('+3,925')
    expect(signed(-3925)).toBe('\u22123,925')
    expect(signed(0)).toBe('±0')
    expect(signed(-61500, (ms) => `${ms / 1000}s`)).toBe('\u221261.5s')
  })

  it('round percentages to what still says something', () => {
    expect(signedPercent(-31.79)).toBe('\u221232%')
    expect(signedPercent(4.04)).toBe('+4%')
    expect(signedPercent(4.06)).toBe('+4.1%')
    expect(signedPercent(0.01)).toBe('±0%')
    expect(signedPercent(250)).toBe('+250%')
  })
})
