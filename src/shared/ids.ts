/*
 * The one ID rule, shared by the browser and the server. IDs are opaque but never contain '.',
 * '/', '%' or spaces: checking them against this pattern where they enter (a route, a pasted
 * value, the proxy) means no value can walk to another API path.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/

export function isValidId(value: string | null | undefined): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value)
}
