import { createStorage } from 'unstorage'
import cloudflareKVBindingDriver from 'unstorage/drivers/cloudflare-kv-binding'
import { type Store, memoryStore, storeOn } from '../storage/store'
import type { EdgeBindings } from './edge-env'

/*
 * The store on Cloudflare Workers: a Workers KV namespace bound as INSPECTOR_KV when there is
 * one (see the README), so every isolate and location shares revoked sessions; otherwise memory,
 * which each isolate keeps for itself and loses when it is recycled.
 */
export const KV_BINDING = 'INSPECTOR_KV'

type KvNamespace = {
  get: (...args: never[]) => unknown
  put: (...args: never[]) => unknown
  delete: (...args: never[]) => unknown
  list: (...args: never[]) => unknown
}

function isKvNamespace(value: unknown): value is KvNamespace {
  if (typeof value !== 'object' || value === null) return false
  return ['get', 'put', 'delete', 'list'].every(
    (name) => name in value && typeof Reflect.get(value, name) === 'function',
  )
}

export function edgeStore(env: EdgeBindings): Store {
  const binding = env[KV_BINDING]
  if (!isKvNamespace(binding)) return memoryStore()
  const driver = cloudflareKVBindingDriver({ binding })
  return storeOn(createStorage({ driver }), 'Workers KV')
}
