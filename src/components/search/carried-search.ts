/*
 * A query typed into the first screen's search box before the app took over
 * (app/first-screen-handover.ts): the run's search opens with it, so nothing typed is lost.
 * Taken by the first search that mounts; a later page starts empty.
 */
let carried: string | null = null

export function carrySearch(query: string): void {
  carried = query
}

export function carriedSearch(): string | null {
  return carried
}

export function forgetCarriedSearch(): void {
  carried = null
}
