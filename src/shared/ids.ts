/*
 * The one ID rule, shared by the browser and the server. IDs are opaque but never contain '.',
 * '/', '%' or spaces: checking them against this pattern where they enter (a route, a pasted
 * value, the proxy) means no value can walk to another API path. A checked ID carries its brand,
 * so code past the entry point takes `WorkerId` / `TaskId` and never checks again.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/

declare const idKind: unique symbol
export type IdKind = 'worker' | 'task'
export type Id<K extends IdKind> = string & { readonly [idKind]: K }
export type WorkerId = Id<'worker'>
export type TaskId = Id<'task'>

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value)
}

/** The checked, branded ID, or null when `value` cannot name a worker or task. */
export function parseId<K extends IdKind>(_kind: K, value: unknown): Id<K> | null {
  return isValidId(value) ? (value as Id<K>) : null
}
