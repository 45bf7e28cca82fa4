/*
 * Shared answers are filed under a hash of the key that fetched them, so two keys never share
 * an answer and the key itself is never kept as a map key.
 */
export async function credentialId(apiKey: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(apiKey))
  let hex = ''
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0')
  return hex
}
