// @vitest-environment node
import { chmod, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createStorage } from 'unstorage'
import { edgeStore } from '../edge/edge-store'
import { SettingsError } from '../setting-values'
import { fileStore } from './file-store'
import { memoryStore } from './store'

describe('the store', () => {
  it('keeps JSON values, lists keys under a prefix, and forgets an entry once it expires', async () => {
    let time = 1_000_000
    const store = memoryStore(() => time)
    await store.set('revoked:a', true, { expiresAt: time + 1000 })
    await store.set('revoked:b', { why: 'sign-out' })
    await store.set('snapshot:x', [1, 2])
    expect(await store.get('revoked:a')).toBe(true)
    expect(await store.get('revoked:b')).toEqual({ why: 'sign-out' })
    expect((await store.keys('revoked:')).sort()).toEqual(['a', 'b'])
    time += 1000
    expect(await store.get('revoked:a')).toBeNull()
    await store.remove('revoked:b')
    expect(await store.get('revoked:b')).toBeNull()
    expect(await store.get('never')).toBeNull()
  })

  it('keeps its data in files under DATA_DIR, for the next start to read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'inspector-data-'))
    await (await fileStore(dir)).set('revoked:abc', true, { expiresAt: Date.now() + 60_000 })
    expect(await (await fileStore(dir)).get('revoked:abc')).toBe(true)
  })

  it('refuses to start on a DATA_DIR it cannot write, saying which', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'inspector-data-'))
    const file = path.join(dir, 'not-a-directory')
    await writeFile(file, '')
    await chmod(file, 0o400)
    await expect(fileStore(file)).rejects.toThrow(SettingsError)
    await expect(fileStore(file)).rejects.toThrow(`DATA_DIR ${file} cannot be written`)
  })

  it('uses the INSPECTOR_KV namespace on the edge when one is bound, memory otherwise', async () => {
    // A stand-in KV namespace: what the driver calls, backed by unstorage's memory driver.
    const kv = createStorage()
    const puts: unknown[] = []
    const binding = {
      get: (key: string) => kv.getItemRaw(key),
      put: (key: string, value: string, options: unknown) => {
        puts.push(options)
        return kv.setItemRaw(key, value)
      },
      delete: (key: string) => kv.removeItem(key),
      list: async () => ({
        keys: (await kv.getKeys()).map((name) => ({ name })),
        list_complete: true,
      }),
    }
    const assets = { fetch: async () => new Response(null) }
    const store = edgeStore({ ASSETS: assets, INSPECTOR_KV: binding })
    expect(store.kind).toBe('Workers KV')
    await store.set('revoked:abc', true, { expiresAt: Date.now() + 3_600_000 })
    expect(await store.get('revoked:abc')).toBe(true)
    expect(puts).toEqual([expect.objectContaining({ expirationTtl: 3600 })])
    expect(edgeStore({ ASSETS: assets }).kind).toBe('memory')
  })
})
