/*
 * Named character references (`&eacute;`) for the markdown worker, which has no DOM to decode
 * them with: the worker build uses this in place of decode-named-character-reference (see
 * vite.config.ts). Its table of 2,000 names is a third of the worker's weight, so it is loaded
 * only once a text has something that looks like one; every reference ends with a semicolon.
 */
const REFERENCE = /&[A-Za-z][A-Za-z0-9]{0,31};/

let table: Record<string, string> | null = null

export function decodeNamedCharacterReference(value: string): string | false {
  return table && Object.hasOwn(table, value) ? (table[value] ?? false) : false
}

/** Loads the table if `text` may need it; a text without references never waits for it. */
export async function loadEntitiesFor(text: string): Promise<void> {
  if (table || !REFERENCE.test(text)) return
  table = (await import('character-entities')).characterEntities
}
