import { setupDemoServer } from '@/test/demo-server'
import { fetchWorker } from '@/api/worker/queries'
import { workerId } from '@/test/ids'

setupDemoServer()

/** The hostile demo worker, through the real client and schema. */
describe('the hostile demo worker', () => {
  it('sends numbers a double cannot hold and deep nesting as raw JSON text', async () => {
    const text = await (
      await fetch(`${window.location.origin}/api/workers/wrk_demo-hostile`)
    ).text()
    expect(text).toContain(':1e400')
    expect(text).toContain(':-0')
    expect(text).toContain(':18446744073709551616')
    expect(text).toContain('"credits":1e308')
    expect(text).toContain('{"level":'.repeat(5000))
  })

  it('parses without crashing, with prototype keys renamed and nonsense usage left out', async () => {
    const { worker, problems } = await fetchWorker(workerId('wrk_demo-hostile'), null)
    expect(worker.usage).toEqual({ durationMs: 9400 })
    expect(problems).toContain('usage.credits')

    const output = worker.structuredOutput
    if (typeof output !== 'object' || output === null) throw new Error('no structured output')
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype)
    expect(Object.keys(output)).toEqual(
      expect.arrayContaining(['⟨__proto__⟩', '⟨constructor⟩', 'numbers']),
    )
    expect(Reflect.get(output, '⟨constructor⟩')).toEqual({ '⟨prototype⟩': { polluted: true } })

    const roles = worker.messages.map((m) =>
      typeof m === 'object' && m !== null && 'role' in m ? m.role : null,
    )
    expect(roles).toEqual(expect.arrayContaining(['constructor', 'toString', '__proto__']))
    const ownProto = worker.messages.find(
      (m) => typeof m === 'object' && m !== null && 'id' in m && m.id === 'msg_hostile_own_proto',
    )
    expect(Object.getPrototypeOf(ownProto)).toBe(Object.prototype)
    expect(ownProto).toHaveProperty(['⟨__proto__⟩', 'polluted'], true)
  })
})
