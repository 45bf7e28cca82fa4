import { forgetPersonalData } from '@/lib/personal-storage'
import { parseSavedRun } from './parse-saved-run'
import { findSavedRun, keepSavedRun } from './saved-runs'

function open(text: string) {
  const parsed = parseSavedRun(text, 'run.json')
  if (!parsed.ok) throw new Error(parsed.message)
  return keepSavedRun(parsed.run, text)
}

describe('runs opened from files', () => {
  const small = JSON.stringify({ id: 'wrk_small', output_text: 'Small answer' })
  const big = JSON.stringify({ id: 'wrk_big', output_text: 'x'.repeat(2_100_000) })

  it('are found again after a reload of the tab when they fit in sessionStorage', async () => {
    const id = open(small)
    expect(sessionStorage.getItem(`inspector.saved-run:${id}`)).toContain('Small answer')
    // What a reload sees: a fresh module with nothing in memory, the tab's storage as it was.
    vi.resetModules()
    const reloaded = await import('./saved-runs')
    expect(reloaded.findSavedRun(id)?.worker.outputText).toBe('Small answer')
    expect(reloaded.findSavedRun('00000000-0000-4000-8000-000000000000')).toBeNull()
  })

  it('larger ones live in memory only', () => {
    const id = open(big)
    expect(sessionStorage.getItem(`inspector.saved-run:${id}`)).toBeNull()
    expect(findSavedRun(id)?.worker.id).toBe('wrk_big')
  })

  it('go with the rest of what is kept for a person when that is forgotten (sign-out)', () => {
    const kept = open(small)
    const inMemory = open(big)
    forgetPersonalData()
    expect(findSavedRun(kept)).toBeNull()
    expect(findSavedRun(inMemory)).toBeNull()
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('inspector.'))).toEqual([])
  })
})
