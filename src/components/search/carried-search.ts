/*
 * A query typed into the first screen's search box before the app took over
 * (app/first-screen-handover.ts): the run's search opens with it, so nothing typed is lost. It is
 * read when the run's search first renders (not when the app starts), and again as that search
 * is committed in the box's place (the reader may type on in between), then forgotten (a render
 * that React starts again reads it again); a later page starts empty.
 */
type Carried = () => string | null

let carried: Carried | null = null

/** `read` gives the box's query at that moment, or null when the reader never opened it. */
export function carrySearch(read: Carried): void {
  carried = read
}

export function carriedSearch(): string | null {
  return carried ? carried() : null
}

export function forgetCarriedSearch(): void {
  carried = null
}
