import { ApiError, kindForStatus, parseRetryAfter } from './api-error'

/*
 * The one place that talks to our own server (/api and /_app). It owns the URL building, the
 * AbortSignal, error typing and the JSON boundary: callers see the body only through `parse`.
 */

type Query = Record<string, string | null | undefined>

export type ApiRequest<T> = {
  path: string[]
  query?: Query
  signal?: AbortSignal
  parse: (raw: unknown) => T
}

export function apiUrl(path: string[], query: Query = {}): string {
  // encodeURIComponent leaves '.' alone and URL parsing resolves dot segments, so refuse them.
  if (path.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new ApiError('invalid-id', 'The address contains an empty or dot path segment.')
  }
  const url = new URL(`/${path.map(encodeURIComponent).join('/')}`, window.location.origin)
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
  url.search = params.toString()
  return url.href
}

export async function apiFetch<T>({ path, query, signal, parse }: ApiRequest<T>): Promise<T> {
  let response: Response
  try {
    response = await fetch(apiUrl(path, query), { signal, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError('network', 'Could not reach the server. Check your connection.')
  }

  const body = await response.text().catch(() => '')
  if (!response.ok) {
    throw new ApiError(kindForStatus(response.status), errorMessage(body, response), {
      status: response.status,
      retryAfterMs: parseRetryAfter(response.headers),
    })
  }

  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch {
    throw new ApiError(
      'invalid-json',
      'The server answered with something that is not valid JSON.',
      {
        status: response.status,
      },
    )
  }
  return parse(raw)
}

/** Handinger error bodies look like {"error": "..."}; fall back to the status line. */
function errorMessage(body: string, response: Response): string {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
      const { error } = parsed
      if (typeof error === 'string' && error.trim()) return error.slice(0, 300)
      if (typeof error === 'object' && error !== null && 'message' in error) {
        if (typeof error.message === 'string' && error.message.trim()) {
          return error.message.slice(0, 300)
        }
      }
    }
  } catch {
    // not JSON: use the status line below
  }
  return `${response.status} ${response.statusText}`.trim()
}
