/*
 * The Worker's top-level fields the app reads (handinger-api.md §2.2 and the older shapes of
 * §2.3). Anything else a response carries is kept as sent and shown under Run details, so a
 * field added by the API is seen before the app learns its meaning.
 */
const KNOWN = new Set([
  'id',
  'created_at',
  'error',
  'files',
  'incomplete_details',
  'messages',
  'metadata',
  'output',
  'output_text',
  'running',
  'sources',
  'status',
  'structured_output',
  'url',
  'usage',
  'costs',
])

export function unknownFields(raw: Record<string, unknown>): Record<string, unknown> {
  // fromEntries defines own properties: a "__proto__" key stays a plain field.
  return Object.fromEntries(
    Object.entries(raw).filter(
      // `object` always says "worker"; any other value is news.
      ([key, value]) => !KNOWN.has(key) && !(key === 'object' && value === 'worker'),
    ),
  )
}
