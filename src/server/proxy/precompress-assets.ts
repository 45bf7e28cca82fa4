import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

// Text types only: images and fonts are compressed already.
const TEXT_FILE = /\.(?:js|mjs|css|html|json|svg|txt|map|webmanifest)$/
// Below this a compressed copy saves less than its headers cost.
const MIN_BYTES = 1024

/*
 * Writes `name.br` and `name.gz` beside each built text file, at the highest levels (done once
 * at build time), for the Node server to send when Accept-Encoding allows. Cloudflare compresses
 * by itself, so the copies are kept out of its uploaded assets (.assetsignore).
 */
export function precompressAssets(): Plugin {
  let outDir = 'dist'
  return {
    name: 'inspector-precompress-assets',
    apply: 'build',
    // The browser's files only; the server bundle in dist/server is never sent to anyone.
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      await precompressDirectory(outDir)
    },
  }
}

export async function precompressDirectory(dir: string): Promise<string[]> {
  const written: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT_FILE.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    const bytes = await readFile(file)
    if (bytes.byteLength < MIN_BYTES) continue
    const brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    })
    await writeFile(`${file}.br`, brotli)
    await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }))
    written.push(file)
  }
  // The server bundle in dist/server is never an asset anyone may download.
  await writeFile(path.join(dir, '.assetsignore'), '*.br\n*.gz\nserver/\n')
  return written
}
