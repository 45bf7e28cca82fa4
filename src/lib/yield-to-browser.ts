/**
 * Ends the current task and resumes in a new one, so the browser can paint and answer input in
 * between: the one way long work here is cut into pieces.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Runs `run` in a task after the browser's next frame is drawn: work done there cannot land in
 * the same frame as the work before it, whose style and layout the browser would otherwise do
 * together (one long frame). A hidden page draws no frames: there it runs in the next task.
 * Gives a function that cancels it.
 */
export function afterNextFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame: number | undefined
  const inNextTask = () => {
    frame = undefined
    timer = setTimeout(run, 0)
  }
  if (document.hidden || typeof requestAnimationFrame !== 'function') inNextTask()
  else frame = requestAnimationFrame(inNextTask)
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
