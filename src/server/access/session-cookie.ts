/*
 * The session cookie. `__Host-` makes the browser insist on Secure, Path=/ and no Domain, so no
 * other subdomain can plant or read it. HttpOnly keeps it from page scripts, SameSite=Strict from
 * other sites' requests. Browsers keep Secure cookies over plain http only for localhost and
 * 127.0.0.1 (Chromium and Firefox treat both as secure origins); anywhere else needs HTTPS.
 */
export const SESSION_COOKIE = '__Host-inspector-session'

export function sessionCookie(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${value}; Max-Age=${maxAgeSeconds}; Path=/; HttpOnly; Secure; SameSite=Strict`
}

export function clearSessionCookie(): string {
  return `${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Strict`
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('cookie')
  if (!header) return null
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim()
  }
  return null
}
