/**
 * Ends the current task and resumes in a new one, so the browser can paint and answer input in
 * between: the one way long work here is cut into pieces.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
