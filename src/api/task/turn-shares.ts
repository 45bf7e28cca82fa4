import type { Turn } from './schema'

/*
 * Where a task's credits and tokens went, turn by turn: each turn's figures and its share of
 * the sum over the turns that have one (so the shares add up to the whole, even when the task's
 * own totals are missing or disagree).
 */
export type TurnShare = {
  seq: number
  credits: number | null
  /** 0..1; null when the turn has no figure or no turn has any. */
  creditShare: number | null
  /** Input plus output tokens; either one alone when only it is known. */
  tokens: number | null
  tokenShare: number | null
}

function turnTokens(turn: Pick<Turn, 'inputTokens' | 'outputTokens'>): number | null {
  if (turn.inputTokens === null && turn.outputTokens === null) return null
  return (turn.inputTokens ?? 0) + (turn.outputTokens ?? 0)
}

function shareOf(value: number | null, total: number): number | null {
  return value === null || total <= 0 ? null : value / total
}

export function turnShares(
  turns: readonly Pick<Turn, 'seq' | 'credits' | 'inputTokens' | 'outputTokens'>[],
): TurnShare[] {
  const tokens = turns.map(turnTokens)
  const creditTotal = turns.reduce((sum, turn) => sum + (turn.credits ?? 0), 0)
  const tokenTotal = tokens.reduce<number>((sum, value) => sum + (value ?? 0), 0)
  return turns.map((turn, index) => {
    const turnTokenCount = tokens[index] ?? null
    return {
      seq: turn.seq,
      credits: turn.credits,
      creditShare: shareOf(turn.credits, creditTotal),
      tokens: turnTokenCount,
      tokenShare: shareOf(turnTokenCount, tokenTotal),
    }
  })
}
