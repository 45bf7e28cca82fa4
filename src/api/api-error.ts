/** Every way a request can fail, each with its own message and retry behaviour. */
export type ApiErrorKind =
  | 'invalid-id'
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'truncated'
  | 'invalid-json'
  | 'invalid-shape'
  | 'bad-request'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | null
  /** Set when the server said how long to wait (Retry-After). */
  readonly retryAfterMs: number | null

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; retryAfterMs?: number | null } = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = options.status ?? null
    this.retryAfterMs = options.retryAfterMs ?? null
  }
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not-found'
  if (status === 429) return 'rate-limited'
  if (status >= 500 || status === 408) return 'server'
  return 'bad-request'
}
