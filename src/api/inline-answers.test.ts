import { HttpResponse, http } from 'msw'
import { setupDemoServer } from '@/test/demo-server'
import { INLINE_ANSWERS_ID, encodeInlineAnswers } from '@/shared/inline-answers'

/*
 * A page that came with its first answers (server/page/first-screen.tsx): the first read of each
 * URL takes its answer from the page, with its ETag, and every later read asks the server.
 */
const server = setupDemoServer()
const origin = window.location.origin

function pageWith(answers: Parameters<typeof encodeInlineAnswers>[0]) {
  const element = document.createElement('script')
  element.type = 'application/json'
  element.id = INLINE_ANSWERS_ID
  element.textContent = encodeInlineAnswers(answers)
  document.body.append(element)
}

/** The client afresh, as a new page loads it (the answers are read once per page). */
async function freshClient() {
  vi.resetModules()
  return import('./client')
}

afterEach(() => document.getElementById(INLINE_ANSWERS_ID)?.remove())

it('takes the first read of a URL from the page, then asks the server with its ETag', async () => {
  const body = { note: '</script><script>alert(1)</script>', n: 1 }
  pageWith([
    { url: '/api/test?x=1', status: 200, headers: { etag: '"v1"' }, text: JSON.stringify(body) },
  ])
  const requests: Request[] = []
  server.use(
    http.get(`${origin}/api/test`, ({ request }) => {
      requests.push(request)
      return new HttpResponse(null, { status: 304, headers: { ETag: '"v1"' } })
    }),
  )
  const { apiFetch } = await freshClient()
  const read = () =>
    apiFetch({
      path: ['api', 'test'],
      query: { x: '1' },
      parse: (raw) => raw,
      reuseUnchanged: true,
    })
  const first = await read()
  expect(first).toEqual(body)
  expect(requests).toHaveLength(0)
  // The element is gone once read: megabytes of text are not kept in the page twice.
  expect(document.getElementById(INLINE_ANSWERS_ID)).toBeNull()
  const second = await read()
  expect(requests).toHaveLength(1)
  expect(requests[0]?.headers.get('If-None-Match')).toBe('"v1"')
  // Unchanged (304): the very same value the page's answer made.
  expect(second).toBe(first)
})

it('answers only its own URL, and a page without answers reads as before', async () => {
  pageWith([{ url: '/api/test?x=1', status: 200, headers: {}, text: '{"from":"page"}' }])
  server.use(http.get(`${origin}/api/test`, () => HttpResponse.json({ from: 'server' })))
  const { apiFetch } = await freshClient()
  const read = (x: string) => apiFetch({ path: ['api', 'test'], query: { x }, parse: (raw) => raw })
  expect(await read('2')).toEqual({ from: 'server' })
  expect(await read('1')).toEqual({ from: 'page' })
  expect(await read('1')).toEqual({ from: 'server' })
})

it('takes an error the server was given as its own: a 429 is waited out as told, not asked again', async () => {
  pageWith([
    {
      url: '/api/test',
      status: 429,
      headers: { 'retry-after': '3' },
      text: '{"error":"Too many requests"}',
    },
  ])
  const requests: Request[] = []
  server.use(
    http.get(`${origin}/api/test`, ({ request }) => {
      requests.push(request)
      return HttpResponse.json({})
    }),
  )
  const { apiFetch } = await freshClient()
  const { ApiError } = await import('./api-error')
  const error = await apiFetch({ path: ['api', 'test'], parse: (raw) => raw }).catch((e) => e)
  expect(error).toBeInstanceOf(ApiError)
  expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 3_000 })
  expect(requests).toHaveLength(0)
})

it('ignores answers that are not what the server writes', async () => {
  for (const text of [
    'not json',
    '{"url":"/api/test"}',
    '[{"url":"https://evil.example/api/test","status":200,"text":"{}"}]',
    '[{"url":"/api/test","status":99,"text":"{}"}]',
  ]) {
    const element = document.createElement('script')
    element.id = INLINE_ANSWERS_ID
    element.type = 'application/json'
    element.textContent = text
    document.body.append(element)
    server.use(http.get(`${origin}/api/test`, () => HttpResponse.json({ from: 'server' })))
    const { apiFetch } = await freshClient()
    expect(await apiFetch({ path: ['api', 'test'], parse: (raw) => raw })).toEqual({
      from: 'server',
    })
    element.remove()
  }
})
