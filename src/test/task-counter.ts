/**
 * Counts tasks as they pass: a timer that sets itself again each time, so `count()` read in two
 * places differs when a task boundary lies between them. `stop()` ends it.
 */
export function startTaskCounter(): { count: () => number; stop: () => void } {
  let tasks = 0
  let ticking = true
  const tick = () => {
    tasks++
    if (ticking) setTimeout(tick, 0)
  }
  setTimeout(tick, 0)
  return {
    count: () => tasks,
    stop: () => {
      ticking = false
    },
  }
}
