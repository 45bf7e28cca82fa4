// @vitest-environment node
import { browserExecutions, browserWebhook } from './webhook-bodies'

const URL_ = 'https://hooks.example.com/services/T01/B02/s3cr3t'
const TOKEN = 'whk_live_abcdefghijklmnop'

describe('browserWebhook', () => {
  it('masks the URL and keeps only whether there is a token', () => {
    expect(browserWebhook({ url: URL_, token: TOKEN })).toEqual({
      url: 'https://hooks.example.com/…',
      hasToken: true,
    })
    expect(browserWebhook({ url: null, token: null })).toEqual({ url: null, hasToken: false })
    expect(browserWebhook({ url: URL_, token: '' })).toEqual({
      url: 'https://hooks.example.com/…',
      hasToken: false,
    })
  })

  it('drops every other field', () => {
    const rewritten = browserWebhook({ url: URL_, token: TOKEN, secret: TOKEN, extra: { TOKEN } })
    expect(Object.keys(rewritten ?? {}).sort()).toEqual(['hasToken', 'url'])
  })

  it.each([
    ['a list', [{ url: URL_, token: TOKEN }]],
    ['a string', TOKEN],
    ['no body', undefined],
    ['a token of another type', { url: URL_, token: { value: TOKEN } }],
    ['a URL of another type', { url: [URL_], token: null }],
    ['renamed fields', { webhookUrl: URL_, secret: TOKEN }],
  ])('refuses %s', (_what, body) => {
    expect(browserWebhook(body)).toBeNull()
  })
})

const log = (fields: Record<string, unknown> = {}) => ({
  id: 'wex_1',
  createdAt: '2026-07-14T05:00:12.000Z',
  durationMs: 230,
  errorMessage: null,
  requestStatus: 'success',
  responseStatus: 200,
  taskId: 'tsk_1',
  taskTitle: 'Prices',
  url: URL_,
  workerId: 'wrk_1',
  ...fields,
})

describe('browserExecutions', () => {
  it('keeps the page fields and every log field, with the URL masked', () => {
    const body = { logs: [log()], page: 1, pageCount: 1, totalCount: 1 }
    expect(browserExecutions(body)).toEqual({
      logs: [{ ...log(), url: 'https://hooks.example.com/…' }],
      page: 1,
      pageCount: 1,
      totalCount: 1,
    })
  })

  it('takes the URL and the token header out of an error message', () => {
    const failed = log({
      requestStatus: 'error',
      responseStatus: 400,
      errorMessage: `POST ${URL_} answered 400: bad header X-Handinger-Token: ${TOKEN}; {"x-handinger-token":"${TOKEN}"}`,
    })
    const page = browserExecutions({ logs: [failed], page: 1, pageCount: 1, totalCount: 1 })
    const text = JSON.stringify(page)
    expect(text).not.toContain('s3cr3t')
    expect(text).not.toContain(TOKEN)
    expect(page?.logs).toEqual([
      expect.objectContaining({
        errorMessage:
          'POST https://hooks.example.com/… answered 400: bad header X-Handinger-Token: [redacted]; {"x-handinger-token":"[redacted]"}',
      }),
    ])
  })

  it('leaves out fields it does not know and values that are not plain', () => {
    const odd = log({ requestHeaders: { 'X-Handinger-Token': TOKEN }, taskTitle: { TOKEN } })
    const page = browserExecutions({ logs: [odd], page: 1, debug: { TOKEN } })
    expect(JSON.stringify(page)).not.toContain(TOKEN)
    expect(page).not.toHaveProperty('debug')
    expect(page?.logs).toEqual([expect.not.objectContaining({ taskTitle: expect.anything() })])
  })

  it('masks each log with its own URL', () => {
    const other = 'https://example.org/hook/abc123'
    const page = browserExecutions({
      logs: [log(), log({ url: other, errorMessage: `at ${other}` })],
    })
    expect(page?.logs).toEqual([
      expect.objectContaining({ url: 'https://hooks.example.com/…' }),
      expect.objectContaining({
        url: 'https://example.org/…',
        errorMessage: 'at https://example.org/…',
      }),
    ])
  })

  it.each([
    ['no logs', { page: 1 }],
    ['logs that are not a list', { logs: { 0: log() } }],
    ['a log that is not an object', { logs: [log(), URL_] }],
    ['a list', [log()]],
    ['nothing', undefined],
  ])('refuses %s', (_what, body) => {
    expect(browserExecutions(body)).toBeNull()
  })
})
