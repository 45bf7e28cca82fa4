import { getRequestListener } from '@hono/node-server'
import type { Plugin } from 'vite'
import type { createApp } from '../app'
import { appOptionsFrom } from '../settings.ts'
import { type ServerEnv, loadDotEnv, readEnv } from './env.ts'
import { createPublicFetch } from './guarded-fetch.ts'
import { nodeBrotli } from './brotli.ts'
import { nodePeerAddress } from './peer-address.ts'
import { fileStore } from '../storage/file-store.ts'
import { type Store, memoryStore } from '../storage/store.ts'

type AppModule = { createApp: typeof createApp }

// One store for the dev server's life, like the app's: files under DATA_DIR, else memory.
let devStore: Promise<Store> | null = null
function storeFor(settings: ServerEnv): Promise<Store> {
  devStore ??= settings.dataDir ? fileStore(settings.dataDir) : Promise.resolve(memoryStore())
  return devStore
}
type Listener = ReturnType<typeof getRequestListener>

/**
 * Mounts the same server app into Vite's dev server, so `npm run dev` behaves like `npm start`
 * (same .env, settings, host check and access control). The app is loaded through Vite, so
 * editing server code rebuilds it; otherwise it is kept, and with it the simulated API's state.
 */
export function inspectorDevServer(): Plugin {
  let env: ServerEnv | null = null
  return {
    name: 'inspector-dev-server',
    apply: (_config, { command, mode }) => command === 'serve' && mode !== 'test',
    config() {
      loadDotEnv()
      env = readEnv()
      const { port, host, allowedHosts } = env
      return { server: { port, host, strictPort: true, allowedHosts: [...allowedHosts] } }
    },
    configureServer(server) {
      let loaded: { module: AppModule; listener: Listener } | null = null
      const settings = env

      async function listener(): Promise<Listener> {
        const module = (await server.ssrLoadModule('/src/server/app.ts')) as AppModule
        if (settings && loaded?.module.createApp !== module.createApp) {
          const app = module.createApp({
            ...appOptionsFrom(settings),
            files: { fetch: createPublicFetch() },
            brotli: nodeBrotli,
            peerAddress: nodePeerAddress,
            store: await storeFor(settings),
          })
          loaded = { module, listener: getRequestListener(app.fetch) }
        }
        if (!loaded) throw new Error('The dev server has no settings.')
        return loaded.listener
      }

      server.middlewares.use((req, res, next) => {
        const url = req.url ?? ''
        if (!url.startsWith('/api/') && !url.startsWith('/_app/')) return next()
        listener().then((handle) => handle(req, res), next)
      })
    },
  }
}
