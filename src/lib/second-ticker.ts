/*
 * One timer for every clock on the page. Each clock registers what it writes; once a second
 * they all run together, so a page with several clocks wakes once, not once per clock.
 */
type Tick = (now: number) => void

const ticks = new Set<Tick>()
let timer: ReturnType<typeof setInterval> | null = null

export function onEverySecond(tick: Tick): () => void {
  ticks.add(tick)
  timer ??= setInterval(() => {
    const now = Date.now()
    for (const each of ticks) each(now)
  }, 1000)
  return () => {
    ticks.delete(tick)
    if (ticks.size === 0 && timer !== null) {
      clearInterval(timer)
      timer = null
    }
  }
}
