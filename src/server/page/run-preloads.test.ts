// @vitest-environment node
import {
  firstScreenCssSource,
  NO_ROUTE_CHUNKS,
  type RouteChunks,
  routeChunks,
} from './route-chunks'
import { MANIFEST } from './manifest-fixture'
import { runPagePreloads } from './run-preloads'

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

describe('firstScreenCssSource', () => {
  const html = '<link rel="stylesheet" crossorigin href="/assets/index-1.css" nonce="n">'
  it("is the first screen's own stylesheet when the build made one, the whole one otherwise", () => {
    const built = {
      ...MANIFEST,
      'src/first-screen.css': { file: 'assets/first-screen-1.css', isEntry: true },
    }
    expect(firstScreenCssSource(built, html)).toEqual({
      href: '/assets/first-screen-1.css',
      partial: true,
    })
    expect(firstScreenCssSource(MANIFEST, html)).toEqual({
      href: '/assets/index-1.css',
      partial: false,
    })
    expect(firstScreenCssSource(null, '<title>no stylesheet</title>')).toBeNull()
  })
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
