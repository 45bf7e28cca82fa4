/*
 * A webhook URL is a secret of its own: whoever knows a Slack-style hook URL can post to it. The
 * browser is shown only where deliveries go (scheme, host, port), with `/…` saying that a path,
 * query, fragment or credentials were left out.
 */
export const HIDDEN_URL = '(hidden)'

const ELLIPSIS = '…'

function parseHttp(raw: string): URL | null {
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/** What follows the origin (path, query, fragment); empty when that is only "/". */
function restOf(url: URL): string {
  const rest = `${url.pathname}${url.search}${url.hash}`
  return rest === '/' ? '' : rest
}

export function maskUrl(raw: string): string {
  const url = parseHttp(raw)
  if (!url) return HIDDEN_URL
  const more = restOf(url) !== '' || url.username !== '' || url.password !== ''
  return more ? `${url.origin}/${ELLIPSIS}` : url.origin
}

// A path this short is no secret, and blanking it everywhere would garble ordinary words.
const MIN_REST_LENGTH = 4

/**
 * `text` with every spelling of `raw` in it (as given, as the URL parser writes it, and its
 * path and query on their own) replaced by the masked form.
 */
export function hideUrlIn(text: string, raw: string): string {
  const masked = maskUrl(raw)
  const url = parseHttp(raw)
  const spellings: Array<[string, string]> = [
    [raw, masked],
    [raw.trim(), masked],
  ]
  if (url) {
    spellings.push([url.href, masked])
    const rest = restOf(url)
    if (rest.length >= MIN_REST_LENGTH) spellings.push([rest, `/${ELLIPSIS}`])
  }
  // Longest first, so a full URL is replaced whole before its path alone is looked for.
  spellings.sort(([a], [b]) => b.length - a.length)
  let result = text
  for (const [secret, replacement] of spellings) {
    if (secret !== '') result = result.split(secret).join(replacement)
  }
  return result
}
