/** An error the inspector itself answers, in Handinger's `{ "error": "<message>" }` shape. */
export function jsonError(
  status: number,
  message: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...extra },
  })
}
