import {
  clearRecent,
  forgetRecent,
  noteRecent,
  readRecent,
  rememberRecent,
} from '@/components/open-run/recent-workers'
import { workerId, taskId } from '@/test/ids'

const KEY = 'inspector.recent-workers'

/** A fresh, in-memory Storage per test. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value))
  }
}

let storage: MemoryStorage

beforeEach(() => {
  storage = new MemoryStorage()
})

const remember = (worker: string, task: string | null, now: number) =>
  rememberRecent(
    { workerId: workerId(worker), taskId: task === null ? null : taskId(task) },
    now,
    storage,
  )

describe('recent workers', () => {
  it('starts empty', () => {
    expect(readRecent(storage)).toEqual([])
  })

  it('remembers workers newest first', () => {
    remember('wrk_a', null, 1)
    remember('wrk_b', 'tsk_1', 2)
    expect(readRecent(storage)).toEqual([
      { workerId: workerId('wrk_b'), taskId: taskId('tsk_1'), openedAt: 2 },
      { workerId: workerId('wrk_a'), taskId: null, openedAt: 1 },
    ])
  })

  it('moves a reopened worker and task to the top instead of repeating it', () => {
    remember('wrk_a', null, 1)
    remember('wrk_b', null, 2)
    remember('wrk_a', null, 3)
    expect(readRecent(storage)).toEqual([
      { workerId: workerId('wrk_a'), taskId: null, openedAt: 3 },
      { workerId: workerId('wrk_b'), taskId: null, openedAt: 2 },
    ])
  })

  it('keeps different tasks of one worker apart', () => {
    remember('wrk_a', 'tsk_1', 1)
    remember('wrk_a', 'tsk_2', 2)
    remember('wrk_a', null, 3)
    expect(readRecent(storage).map((r) => r.taskId)).toEqual([null, 'tsk_2', 'tsk_1'])
  })

  it('keeps only the 8 most recent', () => {
    for (let i = 1; i <= 10; i += 1) remember(`wrk_${i}`, null, i)
    const recent = readRecent(storage)
    expect(recent).toHaveLength(8)
    expect(recent[0]?.workerId).toBe('wrk_10')
    expect(recent.at(-1)?.workerId).toBe('wrk_3')
  })

  it('uses the browser localStorage by default', () => {
    localStorage.clear()
    rememberRecent({ workerId: workerId('wrk_default'), taskId: null }, 5)
    expect(readRecent()).toEqual([{ workerId: workerId('wrk_default'), taskId: null, openedAt: 5 }])
    localStorage.clear()
  })

  it('survives a storage that refuses writes', () => {
    const full = new MemoryStorage()
    full.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError')
    }
    expect(() =>
      rememberRecent({ workerId: workerId('wrk_a'), taskId: null }, 1, full),
    ).not.toThrow()
    expect(readRecent(full)).toEqual([])
  })

  it('works without any storage', () => {
    expect(readRecent(undefined)).toEqual([])
    expect(() =>
      rememberRecent({ workerId: workerId('wrk_a'), taskId: null }, 1, undefined),
    ).not.toThrow()
  })
})

describe('recent workers: whatever is stored is re-validated', () => {
  it.each(['not json', '{"workerId":"wrk_a"}', '"wrk_a"', 'null', '42'])(
    'ignores the corrupt value %j',
    (stored) => {
      storage.setItem(KEY, stored)
      expect(readRecent(storage)).toEqual([])
    },
  )

  it('drops hostile or malformed entries and keeps the valid ones', () => {
    storage.setItem(
      KEY,
      JSON.stringify([
        { workerId: 'wrk_ok', taskId: null, openedAt: 3 },
        { workerId: '../../admin', taskId: null, openedAt: 2 },
        { workerId: 'javascript:alert(1)', taskId: null },
        { workerId: 'wrk_x', taskId: '%2e%2e' },
        { workerId: 'wrk_y', taskId: 7 },
        { workerId: 42, taskId: null },
        null,
        'wrk_z',
        ['wrk_w', null],
        { workerId: 'wrk_task', taskId: 'tsk_1', openedAt: 'yesterday' },
      ]),
    )
    expect(readRecent(storage)).toEqual([
      { workerId: 'wrk_ok', taskId: null, openedAt: 3 },
      { workerId: 'wrk_task', taskId: 'tsk_1', openedAt: 0 },
    ])
  })

  it('drops unknown keys of stored entries', () => {
    storage.setItem(
      KEY,
      JSON.stringify([
        { workerId: workerId('wrk_a'), taskId: null, openedAt: 1, html: '<img onerror>' },
      ]),
    )
    expect(readRecent(storage)[0]).toEqual({
      workerId: workerId('wrk_a'),
      taskId: null,
      openedAt: 1,
    })
  })

  it('never returns more than 8 entries, whatever is stored', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      workerId: `wrk_${i}`,
      taskId: null,
      openedAt: 50 - i,
    }))
    storage.setItem(KEY, JSON.stringify(many))
    expect(readRecent(storage)).toHaveLength(8)
  })

  it('replaces corrupt storage on the next remember', () => {
    storage.setItem(KEY, '{broken')
    remember('wrk_a', null, 1)
    expect(readRecent(storage)).toEqual([
      { workerId: workerId('wrk_a'), taskId: null, openedAt: 1 },
    ])
  })
})

describe('recent workers: title, status, removal', () => {
  const target = { workerId: workerId('wrk_a'), taskId: null }

  it('notes a title and status and keeps them when the view is reopened', () => {
    remember('wrk_a', null, 1)
    remember('wrk_b', null, 2)
    noteRecent(target, { title: '  Compare heat pumps  ', status: 'failed' }, 3, storage)
    // Noting does not reorder.
    expect(readRecent(storage).map((r) => r.workerId)).toEqual(['wrk_b', 'wrk_a'])
    remember('wrk_a', null, 4)
    expect(readRecent(storage)[0]).toEqual({
      workerId: workerId('wrk_a'),
      taskId: null,
      openedAt: 4,
      title: 'Compare heat pumps',
      status: 'failed',
    })
  })

  it('caps the title and drops a status it does not know', () => {
    storage.setItem(
      KEY,
      JSON.stringify([
        {
          workerId: workerId('wrk_a'),
          taskId: null,
          openedAt: 1,
          title: 'x'.repeat(500),
          status: 'hacked',
        },
      ]),
    )
    const [entry] = readRecent(storage)
    expect(entry?.title).toHaveLength(80)
    expect(entry).not.toHaveProperty('status')
  })

  it('removes one entry, or all of them', () => {
    remember('wrk_a', null, 1)
    remember('wrk_b', null, 2)
    forgetRecent(target, storage)
    expect(readRecent(storage).map((r) => r.workerId)).toEqual(['wrk_b'])
    clearRecent(storage)
    expect(readRecent(storage)).toEqual([])
    expect(storage.getItem(KEY)).toBeNull()
  })
})
