// @vitest-environment node
import { NONCE_PLACEHOLDER, pageResponse } from './page-html'
import { NO_ROUTE_CHUNKS, type RouteChunks, routeChunks } from './route-chunks'
import { runPageHead, runPagePreloads } from './run-preloads'

// A manifest as Vite writes it, cut down: the entry, its own imports, and the lazy routes.
const MANIFEST = {
  'index.html': {
    file: 'assets/index-1.js',
    isEntry: true,
    imports: ['_react-1.js'],
    dynamicImports: ['src/routes/worker/worker-route.tsx', 'src/routes/task/task-route.tsx'],
  },
  '_react-1.js': { file: 'assets/react-1.js' },
  '_panels-1.js': { file: 'assets/panels-1.js', imports: ['_react-1.js', '_lowlight-1.js'] },
  '_lowlight-1.js': { file: 'assets/lowlight-1.js' },
  '_task-section-1.js': { file: 'assets/task-section-1.js', imports: ['index.html'] },
  'src/routes/worker/worker-route.tsx': {
    file: 'assets/worker-route-1.js',
    isDynamicEntry: true,
    imports: ['index.html', '_panels-1.js', '_react-1.js'],
    dynamicImports: ['_highlight-1.js'],
  },
  'src/routes/task/task-route.tsx': {
    file: 'assets/task-route-1.js',
    isDynamicEntry: true,
    imports: ['src/routes/worker/worker-route.tsx', '_task-section-1.js'],
  },
  'src/routes/task/task-resolve-route.tsx': {
    file: 'assets/task-resolve-route-1.js',
    isDynamicEntry: true,
    imports: ['index.html', '_react-1.js'],
  },
  '_highlight-1.js': { file: 'assets/highlight-1.js' },
}

describe('routeChunks', () => {
  it('lists what each run page needs beyond the entry, route module first, lazy imports left out', () => {
    expect(routeChunks(MANIFEST)).toEqual({
      worker: ['/assets/worker-route-1.js', '/assets/panels-1.js', '/assets/lowlight-1.js'],
      task: [
        '/assets/task-route-1.js',
        '/assets/worker-route-1.js',
        '/assets/task-section-1.js',
        '/assets/panels-1.js',
        '/assets/lowlight-1.js',
      ],
      taskResolve: [
        '/assets/task-resolve-route-1.js',
        '/assets/task-route-1.js',
        '/assets/worker-route-1.js',
        '/assets/task-section-1.js',
        '/assets/panels-1.js',
        '/assets/lowlight-1.js',
      ],
    })
  })

  it.each([null, 'text', [], { 'index.html': { file: 3 } }])(
    'reads %j as nothing to preload',
    (raw) => {
      expect(routeChunks(raw)).toEqual(NO_ROUTE_CHUNKS)
    },
  )
})

describe('runPagePreloads', () => {
  const chunks: RouteChunks = { worker: ['/assets/w.js'], task: ['/assets/t.js'], taskResolve: [] }

  it('names exactly the requests each run page starts with', () => {
    expect(runPagePreloads('/workers/wrk_1', chunks)).toEqual({
      data: ['/api/workers/wrk_1'],
      modules: ['/assets/w.js'],
    })
    expect(runPagePreloads('/workers/wrk_1/tasks/tsk_2', chunks)).toEqual({
      data: ['/api/workers/wrk_1?taskId=tsk_2', '/api/tasks/tsk_2'],
      modules: ['/assets/t.js'],
    })
    expect(runPagePreloads('/tasks/tsk_2', chunks)).toEqual({
      data: ['/api/tasks/tsk_2'],
      modules: [],
    })
  })

  it.each([
    '/',
    '/workers',
    '/workers/',
    '/workers/a..b',
    '/workers/wrk%5F1',
    '/workers/%2e%2e',
    '/workers/wrk_1/',
    '/workers/wrk_1/tasks/',
    '/workers/wrk_1/tasks/a"b',
    `/workers/${'w'.repeat(129)}`,
    '/workers/wrk_1/extra',
    '/tasks/<x>',
    '/saved/abc',
    '/compare',
  ])('preloads nothing for %s', (pathname) => {
    expect(runPagePreloads(pathname, chunks)).toBeNull()
  })
})

describe('the page with its preloads', () => {
  const BUILT = `<!doctype html><head><title>app</title>
<script type="module" crossorigin src="/assets/index-1.js" nonce="${NONCE_PLACEHOLDER}"></script>
</head>`

  it('puts them before the first script: the data without a nonce, the chunks with it', async () => {
    const head = runPageHead('/workers/wrk_1', routeChunks(MANIFEST))
    const response = pageResponse(BUILT, { head })
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    const html = await response.text()
    expect(html).toContain(
      `<title>app</title>
<link rel="preload" as="fetch" crossorigin href="/api/workers/wrk_1">
<link rel="modulepreload" crossorigin href="/assets/worker-route-1.js" nonce="${nonce}">`,
    )
    expect(html.indexOf('/api/workers/wrk_1')).toBeLessThan(html.indexOf('<script'))
    expect(html.match(/rel="modulepreload"/g)).toHaveLength(3)
  })

  it('leaves every other page as built', async () => {
    expect(runPageHead('/', routeChunks(MANIFEST))).toBeNull()
    const html = await pageResponse(BUILT, { head: null }).text()
    expect(html).not.toContain('preload')
  })
})
