import { type DemoFile, served, textFile } from '../demo-files'
import { stepStart } from '../messages'
import { type Random, seededRandom } from '../random'
import { type Scenario, taskScenario } from '../scenario'
import { source, unixSeconds, type WireSource, type WorkerSpec } from '../wire'
import { CATEGORIES, paragraph, REGIONS, reportSection, sentence } from './large-text'

/*
 * The benchmark's worker: bigger than wrk_demo-large on every axis (a 1 MB answer, a structured
 * output that is one object with 2,000 keys). The marker sentences are unique in the whole
 * response, so a benchmark can tell when the start or end of the answer, or the first or last
 * message, is on screen.
 */
export const HUGE_COUNTS = {
  messages: 2000,
  sources: 300,
  files: 100,
  structuredKeys: 2000,
  outputChars: 1_000_000,
} as const

export const HUGE_MARKERS = {
  answerStart: 'Huge run report and the start of the answer',
  answerEnd: 'This sentence closes the huge run report',
  firstMessage: 'Opening request of the huge run',
  lastMessage: 'Closing reply of the huge run',
} as const

function makeSources(random: Random): WireSource[] {
  return Array.from({ length: HUGE_COUNTS.sources }, (_, i) => {
    const n = String(i + 1).padStart(4, '0')
    const title = i % 9 === 4 ? null : `${random.pick(REGIONS)} ${random.pick(CATEGORIES)} ${n}`
    return source(`src_huge-${n}`, `https://example.org/huge/${i + 1}`, title)
  })
}

function makeFile(random: Random, i: number): DemoFile {
  const n = String(i + 1).padStart(3, '0')
  if (i % 2 === 1) {
    return textFile(`notes-${n}.md`, 'text/markdown', `# Notes ${n}\n\n${paragraph(random, 8)}\n`)
  }
  const lines = Array.from(
    { length: 40 },
    (_, r) => `${r},${random.pick(REGIONS)},${random.pick(CATEGORIES)},${random.int(1, 9999)}`,
  )
  return textFile(`table-${n}.csv`, 'text/csv', `row,region,category,units\n${lines.join('\n')}\n`)
}

function userText(random: Random, i: number): string {
  if (i === 0) return `${HUGE_MARKERS.firstMessage}: ${sentence(random, 12)}`
  return `Step ${i / 2 + 1}: ${sentence(random, random.int(8, 16))}`
}

function makeMessage(random: Random, i: number, sources: WireSource[]): unknown {
  const id = `msg_huge_${String(i).padStart(4, '0')}`
  if (i % 2 === 0) return { id, role: 'user', parts: [{ type: 'text', text: userText(random, i) }] }
  const cited = sources[i % sources.length] as WireSource
  const parts: unknown[] = [stepStart(), { type: 'reasoning', text: sentence(random, 12) }]
  if (i % 3 !== 0) {
    parts.push({
      type: 'tool-web_search',
      toolCallId: `call_huge_${i}`,
      state: 'output-available',
      input: { query: sentence(random, 4) },
      output: { results: [{ title: cited.title, url: cited.url, snippet: sentence(random, 10) }] },
    })
    parts.push({ type: 'source-url', sourceId: cited.id, url: cited.url })
  }
  const last = i === HUGE_COUNTS.messages - 1
  const text = paragraph(random, random.int(1, 3))
  parts.push({ type: 'text', text: last ? `${HUGE_MARKERS.lastMessage}. ${text}` : text })
  return { id, role: 'assistant', parts }
}

/** One object with 2,000 keys: wide objects stress a JSON tree differently from long arrays. */
function makeStructuredOutput(random: Random): Record<string, unknown> {
  const output: Record<string, unknown> = {}
  for (let i = 0; i < HUGE_COUNTS.structuredKeys; i++) {
    output[`store_${String(i + 1).padStart(4, '0')}`] = {
      region: random.pick(REGIONS),
      category: random.pick(CATEGORIES),
      units: random.int(0, 50_000),
      open: i % 13 !== 0,
    }
  }
  return output
}

function makeOutput(random: Random): string {
  let text = `# ${HUGE_MARKERS.answerStart}\n\n`
  for (let i = 0; text.length < HUGE_COUNTS.outputChars; i++) text += reportSection(random, i)
  return `${text}${HUGE_MARKERS.answerEnd}.\n`
}

/** Pure and deterministic: the same worker on every call. */
export function generateHugeWorker(): WorkerSpec {
  const random = seededRandom(20261128)
  const sources = makeSources(random)
  const files = Array.from({ length: HUGE_COUNTS.files }, (_, i) => makeFile(random, i))
  const messages = Array.from({ length: HUGE_COUNTS.messages }, (_, i) =>
    makeMessage(random, i, sources),
  )
  return {
    createdAt: unixSeconds('2026-11-01T06:00:00Z'),
    status: 'completed',
    messages,
    outputText: makeOutput(random),
    sources,
    files: files.map((file) => served(file)),
    structuredOutput: makeStructuredOutput(random),
    usage: { credits: 4_321_000, durationMs: 18_000_000 },
    metadata: { scenario: 'huge' },
  }
}

// Generated on first request only: about 2 MB of JSON that most demo visits never ask for.
let cached: WorkerSpec | undefined

function hugeWorker(): WorkerSpec {
  cached ??= generateHugeWorker()
  return cached
}

export function hugeScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-huge', spec: hugeWorker }])
}

/** The same run, still going: it polls every 2 s and every poll brings the same body. */
export function hugeRunningScenario(): Scenario {
  let running: WorkerSpec | undefined
  return taskScenario([
    {
      taskId: 'tsk_demo-huge-running',
      spec: () => {
        running ??= { ...hugeWorker(), status: 'running' }
        return running
      },
    },
  ])
}
