// @vitest-environment node
import { NONCE_PLACEHOLDER } from '../page/page-html'
import worker from './worker'

/* The Cloudflare entry with a stand-in assets binding that answers as Workers' asset server does. */
const BUILT_PAGE = `<!doctype html><meta property="csp-nonce" nonce="${NONCE_PLACEHOLDER}">
<script type="module" crossorigin src="/assets/index-abc.js" nonce="${NONCE_PLACEHOLDER}"></script>
<body><div id="root"></div></body>`

const ASSETS = {
  fetch: async (request: Request) => {
    const { pathname } = new URL(request.url)
    if (pathname.startsWith('/assets/')) {
      return new Response('export {}', { headers: { 'Content-Type': 'text/javascript' } })
    }
    // Single-page fallback: every other path is the page, with the asset server's validators.
    return new Response(BUILT_PAGE, {
      headers: { 'Content-Type': 'text/html', ETag: '"built"', 'Content-Length': '999' },
    })
  },
}
const env = { ASSETS, ACCESS_MODE: 'none', ALLOWED_HOSTS: 'inspector.example' }

async function get(path: string): Promise<Response> {
  return worker.fetch(new Request(`https://inspector.example${path}`), env)
}

describe('the edge entry', () => {
  it('gives every page answer a fresh nonce, in its tags and its policy', async () => {
    const nonces: string[] = []
    for (const path of ['/', '/workers/wrk_1']) {
      const response = await get(path)
      const policy = response.headers.get('content-security-policy') ?? ''
      const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1] ?? ''
      expect(nonce, policy).not.toBe('')
      expect(policy).not.toMatch(/script-src[^;]*'self'/)
      const html = await response.text()
      expect(html).not.toContain(NONCE_PLACEHOLDER)
      expect(html.split(`nonce="${nonce}"`)).toHaveLength(3)
      // The asset server's validators named the placeholder copy, not this one.
      expect(response.headers.get('etag')).toBeNull()
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      nonces.push(nonce)
    }
    expect(new Set(nonces).size).toBe(2)
  })

  it('passes built assets as they are, and /api with the sandbox', async () => {
    const asset = await get('/assets/index-abc.js')
    expect(await asset.text()).toBe('export {}')
    expect(asset.headers.get('cache-control')).toContain('immutable')
    const api = await get('/api/workers/wrk_demo-research')
    expect(api.status).toBe(200)
    expect(api.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
  })

  it('keeps snapshot links in Workers KV, readable on any isolate, and hands /s/:id to the page', async () => {
    const kept = new Map<string, string>()
    const INSPECTOR_KV = {
      get: async (key: string) => kept.get(key) ?? null,
      put: async (key: string, value: string) => void kept.set(key, value),
      delete: async (key: string) => void kept.delete(key),
      list: async ({ prefix = '' }: { prefix?: string }) => ({
        keys: [...kept.keys()].filter((key) => key.startsWith(prefix)).map((name) => ({ name })),
        list_complete: true,
      }),
    }
    const made = await worker.fetch(
      new Request('https://inspector.example/_app/snapshots', {
        method: 'POST',
        headers: { Origin: 'https://inspector.example', 'Content-Type': 'application/json' },
        body: JSON.stringify({
          worker: { id: 'wrk_1', output_text: 'The answer.', sources: [] },
          parts: { messages: false },
          expiresInSeconds: 3600,
        }),
      }),
      { ...env, INSPECTOR_KV },
    )
    expect(made.status).toBe(201)
    const { id } = (await made.json()) as { id: string }
    expect([...kept.keys()]).toEqual([`snapshot:${id}`])

    // Another isolate: a fresh app over the same namespace.
    const read = await worker.fetch(new Request(`https://inspector.example/_app/snapshots/${id}`), {
      ...env,
      INSPECTOR_KV,
    })
    expect(await read.json()).toMatchObject({ worker: { output_text: 'The answer.' } })
    const page = await get(`/s/${id}`)
    expect(page.headers.get('content-type')).toContain('text/html')
  })
})

describe('the edge entry on a run page', () => {
  const MANIFEST = {
    'index.html': { file: 'assets/index-abc.js', isEntry: true },
    'src/routes/worker/worker-route.tsx': {
      file: 'assets/worker-route-1.js',
      imports: ['index.html'],
    },
  }
  const requested: string[] = []
  const withManifest = {
    ...env,
    ASSETS: {
      fetch: async (request: Request) => {
        const { pathname } = new URL(request.url)
        requested.push(pathname)
        if (pathname === '/.vite/manifest.json') return Response.json(MANIFEST)
        return ASSETS.fetch(request)
      },
    },
  }

  it('comes with its first screen and preloads its chunks, reading the manifest once, and never serves it', async () => {
    for (const path of ['/workers/wrk_demo-research', '/workers/wrk_demo-research']) {
      const html = await (
        await worker.fetch(new Request(`https://inspector.example${path}`), withManifest)
      ).text()
      // Drawn on the edge from the answers it read through the app, which come along.
      expect(html).toMatch(/<div id="root">.*wrk_demo-research/s)
      expect(html).toContain('<script type="application/json" id="inline-answers">')
      expect(html).not.toContain('as="fetch"')
      // The route's chunk is asked for with the entry once the screen is painted.
      expect(html).toMatch(/const modules = \[[^\]]*"\/assets\/worker-route-1.js"/)
    }
    expect(requested.filter((path) => path === '/.vite/manifest.json')).toHaveLength(1)
    const manifest = await worker.fetch(
      new Request('https://inspector.example/.vite/manifest.json'),
      withManifest,
    )
    expect(manifest.status).toBe(404)
  })

  it('preloads nothing without a manifest, or for an address that names no run', async () => {
    const html = await (await get('/workers/wrk_1')).text()
    // (Its answer, a 404 from the demo, comes with the page: nothing to preload.)
    expect(html).toContain('<script type="application/json" id="inline-answers">')
    expect(html).not.toContain('modulepreload')
    expect(await (await get('/workers/a..b')).text()).not.toContain('preload')
  })
})
