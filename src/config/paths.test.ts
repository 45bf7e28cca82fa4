// @vitest-environment node
import { isValidId } from '@/shared/ids'
import { compareHref, parseCompareSide, parseRunRef, parseTarget, workerHref } from './paths'
import { workerId, taskId } from '@/test/ids'

function target(input: string) {
  const result = parseTarget(input)
  if (!result.ok) throw new Error(`expected ${input} to parse, got: ${result.message}`)
  return result.target
}

function rejection(input: string) {
  const result = parseTarget(input)
  if (result.ok) throw new Error(`expected ${input} to be rejected, got ${JSON.stringify(result)}`)
  return result.message
}

describe('isValidId', () => {
  it.each([
    'wrk_vk81XUHKHG-qr4',
    't_org_123_w_01HZY2ZJQ8G7K42W2D7WF6V4GM',
    'tsk_2Z-YWz3hFq6VlW',
    'a',
  ])('accepts %s', (id) => {
    expect(isValidId(id)).toBe(true)
  })

  it('accepts 128 characters and rejects 129', () => {
    expect(isValidId('w'.repeat(128))).toBe(true)
    expect(isValidId('w'.repeat(129))).toBe(false)
  })

  it.each([
    undefined,
    '',
    '..',
    '.',
    'a/b',
    'a b',
    '%2e%2e',
    'a.b',
    '-leading',
    '_leading',
    'wrk_1\n',
  ])('rejects %j', (id) => {
    expect(isValidId(id)).toBe(false)
  })
})

describe('parseTarget: IDs', () => {
  it.each(['wrk_vk81XUHKHG-qr4', 't_org_123_w_01HZY2ZJQ8G7K42W2D7WF6V4GM'])(
    'reads the ID %s',
    (id) => {
      expect(target(id)).toEqual({ workerId: id, taskId: null })
    },
  )

  it('ignores surrounding whitespace', () => {
    expect(target('  \twrk_vk81XUHKHG-qr4 \n')).toEqual({
      workerId: workerId('wrk_vk81XUHKHG-qr4'),
      taskId: null,
    })
  })
})

describe('parseTarget: URLs', () => {
  const dashboard = 'https://v3.handinger.com/worker/wrk_vk81XUHKHG-qr4'

  it('reads a dashboard worker URL', () => {
    expect(target(dashboard)).toEqual({ workerId: workerId('wrk_vk81XUHKHG-qr4'), taskId: null })
  })

  it('reads a dashboard task URL', () => {
    expect(target(`${dashboard}/task/tsk_2Z-YWz3hFq6VlW`)).toEqual({
      workerId: workerId('wrk_vk81XUHKHG-qr4'),
      taskId: taskId('tsk_2Z-YWz3hFq6VlW'),
    })
  })

  it.each([
    `${dashboard}/task/tsk_2Z-YWz3hFq6VlW/`,
    `${dashboard}/task/tsk_2Z-YWz3hFq6VlW?tab=files`,
    `${dashboard}/task/tsk_2Z-YWz3hFq6VlW#output`,
    ` ${dashboard}/task/tsk_2Z-YWz3hFq6VlW/?a=1#b `,
  ])('ignores a trailing slash, query and hash: %s', (url) => {
    expect(target(url)).toEqual({
      workerId: workerId('wrk_vk81XUHKHG-qr4'),
      taskId: taskId('tsk_2Z-YWz3hFq6VlW'),
    })
  })

  it('does not mistake dots in the query or hash for path segments', () => {
    expect(target(`${dashboard}?from=/../x#/..`)).toEqual({
      workerId: workerId('wrk_vk81XUHKHG-qr4'),
      taskId: null,
    })
  })

  it('reads this app’s own worker and task URLs', () => {
    expect(target('http://localhost:3000/workers/wrk_1')).toEqual({
      workerId: workerId('wrk_1'),
      taskId: null,
    })
    expect(target('http://localhost:3000/workers/wrk_1/tasks/tsk_1')).toEqual({
      workerId: workerId('wrk_1'),
      taskId: taskId('tsk_1'),
    })
  })
})

describe('parseTarget: rejections', () => {
  it('asks for input when empty or blank', () => {
    expect(rejection('')).toMatch(/enter a worker id/i)
    expect(rejection('   ')).toMatch(/enter a worker id/i)
  })

  it.each(['..', '%2e%2e', 'a/b', 'a b', 'wrk_1/../admin'])('rejects the non-ID %j', (input) => {
    expect(rejection(input)).toMatch(/not a worker id/i)
  })

  it('rejects an over-long ID (129 characters)', () => {
    expect(rejection('w'.repeat(129))).toMatch(/not a worker id/i)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,hi',
    'ftp://x.test/worker/wrk_1',
  ])('rejects the non-http scheme %s', (input) => {
    expect(rejection(input)).toMatch(/only http and https/i)
  })

  it.each([
    'https://v3.handinger.com/worker/..',
    'https://v3.handinger.com/worker/%2e%2e',
    'https://v3.handinger.com/worker/%2E%2e/task/tsk_1',
    'https://v3.handinger.com/worker/a%2Fb',
    'https://v3.handinger.com/worker/a%2fb/task/tsk_1',
    'https://v3.handinger.com/worker/wrk%20one',
    `https://v3.handinger.com/worker/${'w'.repeat(129)}`,
  ])('rejects a URL whose worker ID is not an ID: %s', (url) => {
    expect(rejection(url)).toMatch(/\S/)
  })

  it.each([
    'https://v3.handinger.com/worker/wrk_1/task/..',
    'https://v3.handinger.com/worker/wrk_1/task/%2e%2e',
    'https://v3.handinger.com/worker/wrk_1/task/.%2E/',
    'https://v3.handinger.com/worker/other/../wrk_1',
    'https://v3.handinger.com/worker/wrk_1/task/tsk_1/..',
    'https://v3.handinger.com/worker/wrk_1/task/.\t.',
    'https://v3.handinger.com\\worker\\wrk_1\\task\\..',
    'https://v3.handinger.com/worker/./wrk_1',
  ])('rejects dot segments instead of resolving them: %s', (url) => {
    expect(rejection(url)).toMatch(/\S/)
  })

  it('rejects a URL with an encoded slash in the task ID', () => {
    expect(rejection('https://v3.handinger.com/worker/wrk_1/task/a%2Fb')).toMatch(
      /not a valid task id/i,
    )
  })

  it.each([
    'https://v3.handinger.com/',
    'https://v3.handinger.com/settings/api-keys',
    'https://v3.handinger.com/worker/wrk_1/files/report.md',
  ])('rejects a URL that does not point at a worker: %s', (url) => {
    expect(rejection(url)).toMatch(/does not point at a worker/i)
  })

  it('shortens a long pasted value in the message', () => {
    const message = rejection(`not an id ${'x'.repeat(200)}`)
    expect(message.length).toBeLessThan(200)
    expect(message).toContain('…')
  })
})

describe('workerHref', () => {
  it('links a worker and a task', () => {
    expect(workerHref(workerId('wrk_1'))).toBe('/workers/wrk_1')
    expect(workerHref(workerId('wrk_1'), null)).toBe('/workers/wrk_1')
    expect(workerHref(workerId('wrk_1'), taskId('tsk_2'))).toBe('/workers/wrk_1/tasks/tsk_2')
  })

  it('round-trips through parseTarget', () => {
    const href = workerHref(workerId('wrk_vk81XUHKHG-qr4'), taskId('tsk_2Z-YWz3hFq6VlW'))
    expect(target(`http://localhost:3000${href}`)).toEqual({
      workerId: workerId('wrk_vk81XUHKHG-qr4'),
      taskId: taskId('tsk_2Z-YWz3hFq6VlW'),
    })
  })
})

describe('run references for /compare', () => {
  const a = { workerId: workerId('wrk_a'), taskId: taskId('tsk_1') }
  const b = { workerId: workerId('wrk_b'), taskId: taskId('tsk_2'), turn: 3 }

  it('writes both sides readably and reads them back', () => {
    const href = compareHref(a, b)
    expect(href).toBe('/compare?a=wrk_a.tsk_1&b=wrk_b.tsk_2.3')
    const query = new URLSearchParams(href.split('?')[1])
    expect(parseRunRef(query.get('a'))).toEqual({ ...a, turn: null })
    expect(parseRunRef(query.get('b'))).toEqual(b)
  })

  it('writes a run opened from a file as its own kind of side, and a link with one side', () => {
    const saved = { savedId: '0d2a6f0e-4b7c-4c1e-9a51-3f2b8e6d7c10' }
    expect(compareHref(saved, null)).toBe('/compare?a=saved.0d2a6f0e-4b7c-4c1e-9a51-3f2b8e6d7c10')
    expect(parseCompareSide('saved.0d2a6f0e-4b7c-4c1e-9a51-3f2b8e6d7c10')).toEqual(saved)
    expect(parseCompareSide('wrk_a.tsk_1')).toEqual({ ...a, turn: null })
    // Not a UUID: read as the worker "saved" and its task, as any other reference.
    expect(parseCompareSide('saved.tsk_1')).toEqual({
      workerId: workerId('saved'),
      taskId: taskId('tsk_1'),
      turn: null,
    })
  })

  it.each([
    null,
    '',
    'wrk_a',
    'wrk_a.',
    'wrk_a.tsk/1',
    'wrk_a.tsk_1.x',
    'wrk_a.tsk_1.2.3',
    'a b.c',
  ])('refuses %j', (value) => {
    expect(parseRunRef(value)).toBeNull()
  })
})
