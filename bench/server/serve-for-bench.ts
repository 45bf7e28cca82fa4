import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startServer } from '../../src/server/node/server'

/*
 * The real Node server in its own process (so its memory can be read apart from the bench's),
 * forwarding to the fake upstream named on the command line. Prints its URL once listening.
 */
const [baseUrl, shareMs] = process.argv.slice(2)
if (!baseUrl) throw new Error('usage: serve-for-bench.ts <upstream base URL> [shareMs]')
const distDir = await mkdtemp(path.join(tmpdir(), 'inspector-bench-'))
await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>bench</title>')
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  distDir,
  upstream: {
    baseUrl,
    apiKey: 'hdg_live_bench_key',
    shareMs: shareMs ? Number(shareMs) : undefined,
  },
  // Hundreds of pollers from one address measure the proxy itself, not the public limits.
  apiRate: null,
  upstreamPool: null,
})
console.log(JSON.stringify({ url: server.url }))
