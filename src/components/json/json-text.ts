/** Pretty JSON for display and copying; never throws (cycles and BigInt fall back to String). */
export function toJsonText(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value)
  } catch {
    return String(value)
  }
}
