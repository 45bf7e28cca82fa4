import { QueryClient } from '@tanstack/react-query'
import { setupDemoServer } from '@/test/demo-server'
import { workerQueries } from '@/api/worker/queries'
import { workerId } from '@/test/ids'

setupDemoServer()

/*
 * The hostile demo worker has an own "__proto__" key in its structured output. Structural
 * sharing copies the previous data by assignment on every poll after the first, which is where
 * such a key used to become a prototype.
 */
describe('prototype keys across polls', () => {
  it('never become prototypes on the first, second or third poll', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const options = { ...workerQueries.detail(workerId('wrk_demo-hostile'), null), staleTime: 0 }
    for (let poll = 1; poll <= 3; poll++) {
      await client.fetchQuery(options)
      // What the cache holds after structural sharing, which is what the page renders.
      const output = client.getQueryData(options.queryKey)?.worker.structuredOutput
      expect(output, `poll ${poll}`).toBeTypeOf('object')
      if (typeof output !== 'object' || output === null) return
      expect(Object.getPrototypeOf(output), `poll ${poll}`).toBe(Object.prototype)
      expect('polluted' in output, `poll ${poll}`).toBe(false)
      expect(Reflect.get(output, '⟨__proto__⟩'), `poll ${poll}`).toEqual({ polluted: true })
    }
    client.clear()
  })
})
