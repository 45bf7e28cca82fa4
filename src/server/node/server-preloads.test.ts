// @vitest-environment node
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NONCE_PLACEHOLDER } from '../page/page-html'
import { type RunningServer, startServer } from './server'

/* The Node server reads the build's manifest once and names a run page's data and chunks. */
const BUILT_PAGE = `<!doctype html><head><title>app</title>
<script type="module" crossorigin src="/assets/index-abc.js" nonce="${NONCE_PLACEHOLDER}"></script>
</head>`
const MANIFEST = {
  'index.html': { file: 'assets/index-abc.js', isEntry: true },
  'src/routes/task/task-route.tsx': {
    file: 'assets/task-route-1.js',
    imports: ['index.html', 'src/routes/worker/worker-route.tsx'],
  },
  'src/routes/worker/worker-route.tsx': { file: 'assets/worker-route-1.js' },
}
let server: RunningServer

beforeAll(async () => {
  const distDir = await mkdtemp(path.join(tmpdir(), 'inspector-dist-'))
  await writeFile(path.join(distDir, 'index.html'), BUILT_PAGE)
  await mkdir(path.join(distDir, '.vite'))
  await writeFile(path.join(distDir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST))
  server = await startServer({ port: 0, host: '127.0.0.1', distDir, upstream: null })
})
afterAll(() => server.close())

it("preloads a task page's two requests and its chunks, with the nonce on the scripts", async () => {
  const response = await fetch(`${server.url}/workers/wrk_1/tasks/tsk_2`)
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
  const html = await response.text()
  expect(
    html,
  ).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/workers/wrk_1?taskId=tsk_2">
<link rel="preload" as="fetch" crossorigin href="/api/tasks/tsk_2">
<link rel="modulepreload" crossorigin href="/assets/task-route-1.js" nonce="${nonce}">
<link rel="modulepreload" crossorigin href="/assets/worker-route-1.js" nonce="${nonce}">
<script`)
})

it('preloads nothing on the home page, and keeps the manifest to itself', async () => {
  expect(await (await fetch(`${server.url}/`)).text()).not.toContain('preload')
  expect((await fetch(`${server.url}/.vite/manifest.json`)).status).toBe(404)
})
