/*
 * The shapes the API key could take inside a body: as sent, URL-encoded (a query string or link
 * that carries it), and base64 (a Basic credential, an encoded token, a data URL), standard and
 * URL-safe, at each of the three alignments a base64 run can have around it. For each alignment
 * only the characters made from the key's own bits are kept, so the key is found inside a longer
 * base64 string as well as alone.
 */
const encoder = new TextEncoder()

export function keyForms(apiKey: string): Uint8Array[] {
  return keyFormTexts(apiKey).map((form) => encoder.encode(form))
}

export function keyFormTexts(apiKey: string): string[] {
  const key = encoder.encode(apiKey)
  const forms = new Set([apiKey, encodeURIComponent(apiKey)])
  for (let offset = 0; offset < 3; offset++) {
    const shifted = new Uint8Array(offset + key.byteLength)
    shifted.set(key, offset)
    const encoded = toBase64(shifted)
    const core = encoded.slice(
      Math.ceil((8 * offset) / 6),
      Math.floor((8 * shifted.byteLength) / 6),
    )
    forms.add(core)
    forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  // Longest first, so a text replace never leaves part of a longer form behind.
  return [...forms].filter((form) => form.length >= 8).sort((a, b) => b.length - a.length)
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}
