// @vitest-environment node
import { replaceEqualDeep } from '@tanstack/react-query'
import { taskId } from '@/test/ids'
import {
  type WebhookExecution,
  deliveryFailed,
  parseExecution,
  parseExecutionsPage,
} from './execution-schema'
import { parseSchedules } from './schedule-schema'
import { parseWebhook } from './webhook-schema'

const LOG = {
  id: 'whe_1',
  createdAt: '2026-12-04T07:00:12.000Z',
  durationMs: 412,
  errorMessage: null,
  requestStatus: 'success',
  responseStatus: 200,
  taskId: 'tsk_one',
  taskTitle: 'Prices on 4 Dec',
  url: 'https://hooks.example.com/…',
  workerId: 'wrk_demo-scheduled',
}

describe('parseExecutionsPage', () => {
  it('reads a page as sent', () => {
    const page = parseExecutionsPage({ logs: [LOG], page: 2, pageCount: 3, totalCount: 130 }, 2)
    expect(page).toEqual({
      logs: [
        {
          id: 'whe_1',
          createdAt: Date.parse('2026-12-04T07:00:12.000Z'),
          durationMs: 412,
          errorMessage: null,
          requestStatus: 'success',
          responseStatus: 200,
          taskId: taskId('tsk_one'),
          rawTaskId: 'tsk_one',
          taskTitle: 'Prices on 4 Dec',
          url: 'https://hooks.example.com/…',
        },
      ],
      page: 2,
      pageCount: 3,
      totalCount: 130,
      unreadable: 0,
    })
  })

  it('turns each odd field into an empty value instead of failing the log', () => {
    const log = parseExecution({
      id: 7,
      createdAt: 'yesterday-ish',
      durationMs: -3,
      errorMessage: { nested: true },
      requestStatus: 'maybe',
      responseStatus: 9999,
      taskId: '../tasks/x',
      taskTitle: 42,
      url: null,
    })
    expect(log).toEqual({
      id: '',
      createdAt: null,
      durationMs: null,
      errorMessage: null,
      requestStatus: 'unknown',
      responseStatus: null,
      taskId: null,
      rawTaskId: '../tasks/x',
      taskTitle: null,
      url: null,
    })
  })

  it('leaves out entries that are not objects, and counts them', () => {
    const page = parseExecutionsPage({ logs: [LOG, null, 'x', [LOG]], page: 1, pageCount: 1 }, 1)
    expect(page?.logs).toHaveLength(1)
    expect(page?.unreadable).toBe(3)
  })

  it('falls back to the requested page, and a page count from the total', () => {
    expect(parseExecutionsPage({ logs: [LOG], page: 'two', totalCount: 101 }, 2)).toMatchObject({
      page: 2,
      pageCount: 3,
      totalCount: 101,
    })
    expect(parseExecutionsPage({ logs: 'none' }, 1)).toMatchObject({
      logs: [],
      page: 1,
      pageCount: 0,
      totalCount: null,
    })
  })

  it('reads an unchanged answer into plain data that the cache can keep as it was', () => {
    const body = { logs: [LOG, { ...LOG, id: 'whe_2' }], page: 1, pageCount: 1, totalCount: 2 }
    const before = parseExecutionsPage(body, 1)
    // What react-query does with a refetch's result: the old objects stay when nothing changed,
    // so nothing that shows them renders again.
    expect(replaceEqualDeep(before, parseExecutionsPage(structuredClone(body), 1))).toBe(before)
  })

  it('refuses only a body that is not an object', () => {
    expect(parseExecutionsPage([LOG], 1)).toBeNull()
    expect(parseExecutionsPage('{"logs":[]}', 1)).toBeNull()
    expect(parseExecutionsPage(null, 1)).toBeNull()
  })
})

describe('deliveryFailed', () => {
  const log = (changes: Partial<WebhookExecution>): WebhookExecution => {
    const parsed = parseExecution(LOG)
    if (!parsed) throw new Error('the fixture log did not parse')
    return { ...parsed, ...changes }
  }

  it.each([
    ['a success answered 200', { requestStatus: 'success', responseStatus: 200 }, false],
    ['a success answered 204', { requestStatus: 'success', responseStatus: 204 }, false],
    ['an error with no answer (timeout)', { requestStatus: 'error', responseStatus: null }, true],
    ['an error answered 410', { requestStatus: 'error', responseStatus: 410 }, true],
    ['a "success" answered 500', { requestStatus: 'success', responseStatus: 500 }, true],
    ['an unknown outcome answered 200', { requestStatus: 'unknown', responseStatus: 200 }, false],
  ] as const)('%s: %s', (_name, changes, failed) => {
    expect(deliveryFailed(log(changes))).toBe(failed)
  })
})

describe('parseSchedules', () => {
  it('reads the four kinds and the timezone', () => {
    const parsed = parseSchedules({
      workerId: 'wrk_1',
      timezone: 'Europe/Madrid',
      schedules: [
        {
          id: 'sch_1',
          type: 'cron',
          cron: '0 8 * * 1-5',
          budget: 'low',
          input: 'Go',
          nextRunAt: '2026-12-07T07:00:00Z',
        },
        {
          id: 'sch_2',
          type: 'interval',
          intervalSeconds: 21600,
          budget: 'standard',
          input: 'Check',
          nextRunAt: '2026-12-04T12:00:00Z',
        },
        {
          id: 'sch_3',
          type: 'delayed',
          delayInSeconds: 1800,
          budget: 'high',
          input: 'Later',
          nextRunAt: '2026-12-04T10:30:00Z',
        },
        {
          id: 'sch_4',
          type: 'scheduled',
          budget: 'unlimited',
          input: 'Once',
          nextRunAt: '2026-12-24T09:00:00Z',
        },
      ],
    })
    expect(parsed?.timezone).toBe('Europe/Madrid')
    expect(parsed?.schedules.map((s) => s.when)).toEqual([
      { type: 'cron', cron: '0 8 * * 1-5' },
      { type: 'interval', intervalSeconds: 21600 },
      { type: 'delayed', delayInSeconds: 1800 },
      { type: 'scheduled' },
    ])
    expect(parsed?.schedules[0]).toMatchObject({
      id: 'sch_1',
      budget: 'low',
      input: 'Go',
      nextRunAt: Date.parse('2026-12-07T07:00:00Z'),
    })
  })

  it('keeps an unknown kind as written and empties odd fields', () => {
    const parsed = parseSchedules({
      timezone: 5,
      schedules: [
        { type: 'lunar', nextRunAt: 'soon', budget: 3, input: ['x'] },
        { type: 'cron', cron: null },
        { type: 'interval', intervalSeconds: 'often' },
        7,
      ],
    })
    expect(parsed).toEqual({
      timezone: null,
      unreadable: 1,
      schedules: [
        {
          id: '',
          when: { type: 'unknown', raw: 'lunar' },
          budget: null,
          input: null,
          nextRunAt: null,
        },
        { id: '', when: { type: 'cron', cron: null }, budget: null, input: null, nextRunAt: null },
        {
          id: '',
          when: { type: 'interval', intervalSeconds: null },
          budget: null,
          input: null,
          nextRunAt: null,
        },
      ],
    })
  })

  it('reads a body without a list as no schedules, and refuses one that is not an object', () => {
    expect(parseSchedules({ timezone: 'UTC' })).toEqual({
      schedules: [],
      timezone: 'UTC',
      unreadable: 0,
    })
    expect(parseSchedules([])).toBeNull()
  })
})

describe('parseWebhook', () => {
  it.each([
    [
      'a masked URL with a token',
      { url: 'https://hooks.example.com/…', hasToken: true },
      { configured: true, url: 'https://hooks.example.com/…', hasToken: true },
    ],
    [
      'no webhook',
      { url: null, hasToken: false },
      { configured: false, url: null, hasToken: false },
    ],
    ['an odd URL', { url: 12, hasToken: 'yes' }, { configured: null, url: null, hasToken: null }],
    ['a missing URL', {}, { configured: null, url: null, hasToken: null }],
  ])('%s', (_name, body, expected) => {
    expect(parseWebhook(body)).toEqual(expected)
  })

  it('keeps only whether a token is set when a raw token slips through', () => {
    const parsed = parseWebhook({ url: 'https://a.example/…', token: 'whk_secret' })
    expect(parsed).toEqual({ configured: true, url: 'https://a.example/…', hasToken: true })
    expect(JSON.stringify(parsed)).not.toContain('whk_secret')
  })

  it('refuses a body that is not an object', () => {
    expect(parseWebhook('https://a.example')).toBeNull()
  })
})
