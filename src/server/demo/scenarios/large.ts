import { type DemoFile, served, textFile } from '../demo-files'
import { stepStart } from '../messages'
import { type Random, seededRandom } from '../random'
import { type Scenario, taskScenario } from '../scenario'
import { source, unixSeconds, type WireSource, type WorkerSpec } from '../wire'
import { CATEGORIES, paragraph, REGIONS, reportSection, sentence } from './large-text'

export const LARGE_COUNTS = {
  messages: 2000,
  sources: 300,
  files: 100,
  records: 2000,
  outputChars: 300_000,
} as const

function makeSources(random: Random): WireSource[] {
  return Array.from({ length: LARGE_COUNTS.sources }, (_, i) => {
    const n = String(i + 1).padStart(4, '0')
    const title =
      i % 7 === 3 ? null : `${random.pick(REGIONS)} ${random.pick(CATEGORIES)} report ${n}`
    return source(`src_large-${n}`, `https://example.org/reports/${i + 1}`, title)
  })
}

function makeFile(random: Random, i: number): DemoFile {
  const n = String(i + 1).padStart(3, '0')
  if (i % 3 === 1) {
    const rows = Array.from({ length: 20 }, (_, r) => ({ row: r, value: random.int(0, 1000) }))
    return textFile(`dataset-${n}.json`, 'application/json', `${JSON.stringify(rows, null, 2)}\n`)
  }
  if (i % 3 === 2) {
    return textFile(`notes-${n}.md`, 'text/markdown', `# Notes ${n}\n\n${paragraph(random, 6)}\n`)
  }
  const lines = Array.from(
    { length: 30 },
    (_, r) => `${r},${random.pick(REGIONS)},${random.pick(CATEGORIES)},${random.int(1, 9999)}`,
  )
  return textFile(
    `dataset-${n}.csv`,
    'text/csv',
    `row,region,category,units\n${lines.join('\n')}\n`,
  )
}

function makeMessage(random: Random, i: number, sources: WireSource[]): unknown {
  const id = `msg_large_${String(i).padStart(4, '0')}`
  if (i % 2 === 0) {
    const ask = `Batch ${i / 2 + 1}: ${sentence(random, random.int(8, 16))}`
    // Some turns use the older { role, content } form, as stored conversations may.
    if (i % 10 === 0) return { id, role: 'user', content: ask }
    return { id, role: 'user', parts: [{ type: 'text', text: ask }] }
  }
  const cited = sources[i % sources.length] as WireSource
  const callId = `call_large_${i}`
  const parts: unknown[] = [
    stepStart(),
    { type: 'reasoning', text: sentence(random, 12), state: 'done' },
  ]
  if (i % 3 !== 0) {
    parts.push({
      type: 'tool-web_search',
      toolCallId: callId,
      state: i % 17 === 0 ? 'output-error' : 'output-available',
      input: { query: sentence(random, 4) },
      ...(i % 17 === 0
        ? { errorText: 'Search provider timed out' }
        : {
            output: {
              results: [{ title: cited.title, url: cited.url, snippet: sentence(random, 10) }],
            },
          }),
    })
    parts.push({
      type: 'source-url',
      sourceId: cited.id,
      url: cited.url,
      title: cited.title ?? undefined,
    })
  }
  parts.push({ type: 'text', text: paragraph(random, random.int(1, 3)), state: 'done' })
  return { id, role: 'assistant', parts }
}

function makeRecords(random: Random) {
  return Array.from({ length: LARGE_COUNTS.records }, (_, i) => ({
    id: `rec_${String(i + 1).padStart(4, '0')}`,
    region: random.pick(REGIONS),
    category: random.pick(CATEGORIES),
    units: random.int(0, 50_000),
    medianPriceEur: random.int(20, 7000),
    change: { qoqPct: random.int(-30, 45), yoyPct: random.int(-50, 90) },
    flags: i % 11 === 0 ? ['outlier', 'manual-review'] : [],
  }))
}

function makeOutput(random: Random): string {
  let text = '# European cycling retail index: full quarterly report\n\n'
  for (let i = 0; text.length < LARGE_COUNTS.outputChars; i++) text += reportSection(random, i)
  return text
}

/** Pure and deterministic: the same worker on every call. */
export function generateLargeWorker(): WorkerSpec {
  const random = seededRandom(20260714)
  const sources = makeSources(random)
  const files = Array.from({ length: LARGE_COUNTS.files }, (_, i) => makeFile(random, i))
  const messages = Array.from({ length: LARGE_COUNTS.messages }, (_, i) =>
    makeMessage(random, i, sources),
  )
  return {
    createdAt: unixSeconds('2026-07-01T06:00:00Z'),
    status: 'completed',
    messages,
    outputText: makeOutput(random),
    sources,
    files: files.map((file, i) => served(file, i % 10 === 9 ? null : file.name)),
    structuredOutput: {
      index: 'eu-cycling-retail',
      quarter: '2026-Q2',
      records: makeRecords(random),
    },
    usage: { credits: 987654, durationMs: 5_400_000 },
    metadata: { scenario: 'large' },
  }
}

let cached: WorkerSpec | undefined

function largeWorker(): WorkerSpec {
  cached ??= generateLargeWorker()
  return cached
}

export function largeScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-large', spec: largeWorker }])
}
