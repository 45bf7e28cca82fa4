import { getRequestListener } from '@hono/node-server'
import type { Plugin } from 'vite'
import type { createApp } from '../app'
import type { ServerEnv } from './env.ts'

type AppModule = { createApp: typeof createApp }
type Listener = ReturnType<typeof getRequestListener>

/**
 * Mounts the same server app into Vite's dev server, so `npm run dev` behaves like `npm start`.
 * The app is loaded through Vite, so editing server code rebuilds it; otherwise it is kept, and
 * with it the state of the simulated API.
 */
export function inspectorDevServer(env: ServerEnv): Plugin {
  return {
    name: 'inspector-dev-server',
    apply: 'serve',
    configureServer(server) {
      let loaded: { module: AppModule; listener: Listener } | null = null

      async function listener(): Promise<Listener> {
        const module = (await server.ssrLoadModule('/src/server/app.ts')) as AppModule
        if (loaded?.module.createApp !== module.createApp) {
          const app = module.createApp({
            upstream: env.apiKey ? { baseUrl: env.baseUrl, apiKey: env.apiKey } : null,
          })
          loaded = { module, listener: getRequestListener(app.fetch) }
        }
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
