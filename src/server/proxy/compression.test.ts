// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { createApp } from '../app'
import { nodeBrotli } from '../node/brotli'
import { type RunningServer, startServer } from '../node/server'
import { precompressDirectory } from './precompress-assets'

describe('compression of /api answers', () => {
  const app = createApp({ upstream: null })

  it('gzips when the browser accepts it, with a weak ETag that still revalidates', async () => {
    const response = await app.request('/api/workers/wrk_demo-research', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
    const compressed = new Uint8Array(await response.arrayBuffer())
    const json = JSON.parse(gunzipSync(compressed).toString('utf8'))
    expect(json).toMatchObject({ id: 'wrk_demo-research' })
    expect(compressed.byteLength).toBeLessThan(JSON.stringify(json).length / 2)

    const etag = response.headers.get('etag') ?? ''
    expect(etag).toMatch(/^W\/"/)
    const again = await app.request('/api/workers/wrk_demo-research', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
  })

  it('sends brotli where the runtime can encode it and the browser accepts it', async () => {
    const withBrotli = createApp({ upstream: null, brotli: nodeBrotli })
    const url = '/api/workers/wrk_demo-huge'
    const brotli = await withBrotli.request(url, {
      headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' },
    })
    expect(brotli.headers.get('content-encoding')).toBe('br')
    expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i)
    const encoded = new Uint8Array(await brotli.arrayBuffer())
    const text = brotliDecompressSync(encoded).toString('utf8')
    expect(JSON.parse(text)).toMatchObject({ id: 'wrk_demo-huge' })

    const gzip = await withBrotli.request(url, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    const gzipped = new Uint8Array(await gzip.arrayBuffer())
    expect(gunzipSync(gzipped).toString('utf8')).toBe(text)
    // What brotli is for: the same body, clearly smaller on the wire.
    expect(encoded.byteLength).toBeLessThan(gzipped.byteLength * 0.9)

    // A browser that prefers gzip gets gzip; the 304 still answers a brotli ETag.
    const preferred = await withBrotli.request(url, {
      headers: { 'Accept-Encoding': 'br;q=0.5, gzip' },
    })
    expect(preferred.headers.get('content-encoding')).toBe('gzip')
    await preferred.arrayBuffer()
    const etag = brotli.headers.get('etag') ?? ''
    expect(etag).toMatch(/^W\/"/)
    const again = await withBrotli.request(url, {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
  })

  it('sends plain bytes to a client that asks for no encoding', async () => {
    const response = await app.request('/api/workers/wrk_demo-research')
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(await response.json()).toMatchObject({ id: 'wrk_demo-research' })
  })
})

describe('built assets', () => {
  let distDir: string
  let server: RunningServer
  const script = `export const answer = ${JSON.stringify('long text '.repeat(500))}\n`

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'inspector-dist-'))
    await mkdir(path.join(distDir, 'assets'))
    await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>t</title>')
    await writeFile(path.join(distDir, 'assets', 'app-abc123.js'), script)
    await writeFile(path.join(distDir, 'assets', 'tiny-abc123.js'), 'export {}\n')
    await precompressDirectory(distDir)
    server = await startServer({ port: 0, host: '127.0.0.1', distDir, upstream: null })
  })

  afterAll(async () => {
    await server?.close()
    await rm(distDir, { recursive: true, force: true })
  })

  it('writes brotli and gzip copies of text files, and keeps them from Cloudflare', async () => {
    const base = path.join(distDir, 'assets', 'app-abc123.js')
    expect(brotliDecompressSync(await readFile(`${base}.br`)).toString()).toBe(script)
    expect(gunzipSync(await readFile(`${base}.gz`)).toString()).toBe(script)
    await expect(readFile(path.join(distDir, 'assets', 'tiny-abc123.js.br'))).rejects.toThrow()
    expect(await readFile(path.join(distDir, '.assetsignore'), 'utf8')).toContain('*.br')
  })

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', null],
  ])('serves %s as %s, cached for a year', async (accept, encoding) => {
    const response = await fetch(`${server.url}/assets/app-abc123.js`, {
      headers: { 'Accept-Encoding': accept },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe(encoding)
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    // fetch decodes whatever encoding came; the script arrives whole either way.
    expect(await response.text()).toBe(script)
  })
})
