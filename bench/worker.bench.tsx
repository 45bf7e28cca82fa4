import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { bench, describe } from 'vitest'
import { parseWorker } from '@/api/schema'
import { Markdown } from '../src/components/markdown/markdown'
import { OutputPanel } from '@/components/panels/output-panel'
import { WorkerPanels } from '../src/routes/worker/worker-panels'
import { createDemoApi } from '@/server/demo/demo-api'

/*
 * How the worker view scales: parsing a response and rendering the panels, for a typical
 * worker and for the very large demo worker (2,000 messages, 300 sources, 100 files, 300 KB of
 * markdown). "Re-render after a poll" renders the same data again, as a poll that brings
 * nothing new does, to show that unchanged panels are skipped.
 */
// Rendering here is synchronous on purpose (flushSync), not a test awaiting act().
Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false)

const demo = createDemoApi()

async function load(workerId: string) {
  const raw: unknown = await (await demo.request(`/api/workers/${workerId}`)).json()
  const parsed = parseWorker(raw, workerId)
  if (!parsed) throw new Error(`${workerId} did not parse`)
  return { raw, worker: parsed.worker }
}

const typical = await load('wrk_demo-research')
const large = await load('wrk_demo-large')

for (const [name, sample] of [
  ['typical', typical],
  ['large', large],
] as const) {
  describe(`${name} worker`, () => {
    bench('parse the response', () => {
      parseWorker(sample.raw, 'wrk_bench')
    })

    bench('first render of the panels', () => {
      const root = createRoot(document.createElement('div'))
      flushSync(() => root.render(<WorkerPanels worker={sample.worker} />))
      root.unmount()
    })

    const mounted = createRoot(document.createElement('div'))
    flushSync(() => mounted.render(<WorkerPanels worker={sample.worker} />))
    bench('re-render after a poll with nothing new', () => {
      flushSync(() => mounted.render(<WorkerPanels worker={{ ...sample.worker }} />))
    })
  })
}

// The Output panel renders a long answer as a preview first; this is what that saves.
describe('large answer (300 KB of markdown)', () => {
  const text = large.worker.outputText
  const renderOnce = (node: React.ReactNode) => {
    const root = createRoot(document.createElement('div'))
    flushSync(() => root.render(node))
    root.unmount()
  }

  bench('Output panel (preview first)', () => renderOnce(<OutputPanel text={text} />))
  bench('the whole answer at once', () => renderOnce(<Markdown text={text} />))
})
