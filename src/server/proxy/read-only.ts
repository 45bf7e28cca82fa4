import { jsonError } from './json-error'

/** The inspector only reads: the key must not let a page visitor change or delete anything. */
export function refuseWrites(request: Request): Response | null {
  if (request.method === 'GET' || request.method === 'HEAD') return null
  return jsonError(405, 'The inspector only reads from Handinger (GET).', { Allow: 'GET, HEAD' })
}
