import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createStorage } from 'unstorage'
import fsLiteDriver from 'unstorage/drivers/fs-lite'
import { SettingsError } from '../setting-values.ts'
import { type Store, storeOn } from './store.ts'

/**
 * The store in files under DATA_DIR (one file per key, in `store/`), on Node. Checked at start:
 * a directory the server cannot write stops it with one line, rather than failing on a sign-out.
 */
export async function fileStore(dataDir: string): Promise<Store> {
  const base = path.resolve(dataDir, 'store')
  try {
    await mkdir(base, { recursive: true })
    const probe = path.join(base, `.write-check-${process.pid}`)
    await writeFile(probe, '')
    await rm(probe)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : ''
    throw new SettingsError(`DATA_DIR ${dataDir} cannot be written${code}.`)
  }
  return storeOn(createStorage({ driver: fsLiteDriver({ base }) }), `files in ${base}`)
}
