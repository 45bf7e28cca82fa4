import { getRequestListener } from '@hono/node-server'
import type { Plugin } from 'vite'
import { createApp } from '../app'
import type { ServerEnv } from './env'

/** Mounts the same server app into Vite's dev server, so `npm run dev` behaves like `npm start`. */
export function inspectorDevServer(env: ServerEnv): Plugin {
  return {
    name: 'inspector-dev-server',
    apply: 'serve',
    configureServer(server) {
      const app = createApp({
        upstream: env.apiKey ? { baseUrl: env.baseUrl, apiKey: env.apiKey } : null,
      })
      const listener = getRequestListener(app.fetch)
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? ''
        if (url.startsWith('/api/') || url.startsWith('/_app/')) void listener(req, res)
        else next()
      })
    },
  }
}
