/*
 * Signing and sealing for session cookies with WebCrypto only, so the same code runs on Node and
 * on edge runtimes. Every key is derived from SESSION_SECRET with HKDF, one per purpose.
 */
const encoder = new TextEncoder()
const decoder = new TextDecoder()

async function derive(
  secret: string,
  purpose: string,
  salt: string,
  algorithm: HmacImportParams | AesKeyAlgorithm,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, [
    'deriveKey',
  ])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(salt), info: encoder.encode(purpose) },
    base,
    algorithm,
    false,
    usages,
  )
}

export type Signer = {
  sign: (text: string) => Promise<string>
  /** Constant-time: WebCrypto compares the MACs. */
  verify: (text: string, signature: string) => Promise<boolean>
}

/** HMAC-SHA-256. `salt` ties signatures to something else (the access secret), so changing it signs everyone out. */
export async function createSigner(secret: string, purpose: string, salt = ''): Promise<Signer> {
  const key = await derive(secret, purpose, salt, { name: 'HMAC', hash: 'SHA-256' }, [
    'sign',
    'verify',
  ])
  return {
    sign: async (text) =>
      toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)))),
    verify: async (text, signature) => {
      const bytes = fromBase64Url(signature)
      if (!bytes) return false
      return crypto.subtle.verify('HMAC', key, bytes, encoder.encode(text))
    },
  }
}

export type Sealer = {
  seal: (plain: string) => Promise<string>
  /** Null when the text was not sealed by this key (tampered, old secret, garbage). */
  open: (sealed: string) => Promise<string | null>
}

/** AES-256-GCM with a random 96-bit nonce: `<nonce>.<ciphertext+tag>` in base64url. */
export async function createSealer(secret: string, purpose: string): Promise<Sealer> {
  const key = await derive(secret, purpose, '', { name: 'AES-GCM', length: 256 }, [
    'encrypt',
    'decrypt',
  ])
  const additionalData = encoder.encode(purpose)
  return {
    seal: async (plain) => {
      const iv = crypto.getRandomValues(new Uint8Array(12))
      const sealed = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData },
        key,
        encoder.encode(plain),
      )
      return `${toBase64Url(iv)}.${toBase64Url(new Uint8Array(sealed))}`
    },
    open: async (sealed) => {
      const [ivText, dataText, extra] = sealed.split('.')
      const iv = fromBase64Url(ivText ?? '')
      const data = fromBase64Url(dataText ?? '')
      if (!iv || !data || iv.length !== 12 || extra !== undefined) return null
      try {
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv, additionalData },
          key,
          data,
        )
        return decoder.decode(plain)
      } catch {
        return null
      }
    },
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(binary, (char) => char.charCodeAt(0))
  } catch {
    return null
  }
}
