/** Settings as a runtime hands them over: Node's process.env, or an edge runtime's bindings. */
export type Vars = Record<string, string | undefined>

/** A setting that cannot work; its message is the one line printed when the server refuses to start. */
export class SettingsError extends Error {
  override name = 'SettingsError'
}

/** An empty or blank variable counts as unset, as in most .env conventions. */
export function value(raw: string | undefined): string | null {
  return raw?.trim() || null
}
