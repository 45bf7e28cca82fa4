import { type DemoFile, served, textFile } from '../demo-files'
import { stepStart } from '../messages'
import { type Random, seededRandom } from '../random'
import { type Scenario, taskScenario } from '../scenario'
import { source, unixSeconds, type WireSource, type WorkerSpec } from '../wire'
import { CATEGORIES, paragraph, REGIONS, reportSection, sentence } from './large-text'

/*
 * The benchmark's workers, one generator at two sizes. wrk_demo-huge is bigger than
 * wrk_demo-large on every axis (a 1 MB answer, a structured output that is one object with 2,000
 * keys); wrk_demo-big has the same shape at about 1 MB of JSON, the smaller body on which the
 * first screen's ratio against the raw JSON page is the harder one. The marker sentences are
 * unique in the whole response, so a benchmark can tell when the start or end of the answer, or
 * the first or last message, is on screen.
 */
export type RunSize = {
  /** Names the run in its IDs, URLs and marker sentences. */
  slug: string
  seed: number
  counts: {
    messages: number
    sources: number
    files: number
    structuredKeys: number
    outputChars: number
  }
  markers: { answerStart: string; answerEnd: string; firstMessage: string; lastMessage: string }
  usage: { credits: number; durationMs: number }
}

function markersOf(slug: string): RunSize['markers'] {
  return {
    answerStart: `${capitalized(slug)} run report and the start of the answer`,
    answerEnd: `This sentence closes the ${slug} run report`,
    firstMessage: `Opening request of the ${slug} run`,
    lastMessage: `Closing reply of the ${slug} run`,
  }
}

const capitalized = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`

export const HUGE_RUN: RunSize = {
  slug: 'huge',
  seed: 20261128,
  counts: {
    messages: 2000,
    sources: 300,
    files: 100,
    structuredKeys: 2000,
    outputChars: 1_000_000,
  },
  markers: markersOf('huge'),
  usage: { credits: 4_321_000, durationMs: 18_000_000 },
}

export const BIG_RUN: RunSize = {
  slug: 'big',
  seed: 20261204,
  counts: { messages: 1000, sources: 300, files: 100, structuredKeys: 2000, outputChars: 240_000 },
  markers: markersOf('big'),
  usage: { credits: 1_234_000, durationMs: 6_000_000 },
}

export const HUGE_COUNTS = HUGE_RUN.counts
export const HUGE_MARKERS = HUGE_RUN.markers

function makeSources(random: Random, { slug, counts }: RunSize): WireSource[] {
  return Array.from({ length: counts.sources }, (_, i) => {
    const n = String(i + 1).padStart(4, '0')
    const title = i % 9 === 4 ? null : `${random.pick(REGIONS)} ${random.pick(CATEGORIES)} ${n}`
    return source(`src_${slug}-${n}`, `https://example.org/${slug}/${i + 1}`, title)
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

function userText(random: Random, i: number, size: RunSize): string {
  if (i === 0) return `${size.markers.firstMessage}: ${sentence(random, 12)}`
  return `Step ${i / 2 + 1}: ${sentence(random, random.int(8, 16))}`
}

function makeMessage(random: Random, i: number, sources: WireSource[], size: RunSize): unknown {
  const id = `msg_${size.slug}_${String(i).padStart(4, '0')}`
  if (i % 2 === 0) {
    return { id, role: 'user', parts: [{ type: 'text', text: userText(random, i, size) }] }
  }
  const cited = sources[i % sources.length] as WireSource
  const parts: unknown[] = [stepStart(), { type: 'reasoning', text: sentence(random, 12) }]
  if (i % 3 !== 0) {
    parts.push({
      type: 'tool-web_search',
      toolCallId: `call_${size.slug}_${i}`,
      state: 'output-available',
      input: { query: sentence(random, 4) },
      output: { results: [{ title: cited.title, url: cited.url, snippet: sentence(random, 10) }] },
    })
    parts.push({ type: 'source-url', sourceId: cited.id, url: cited.url })
  }
  const last = i === size.counts.messages - 1
  const text = paragraph(random, random.int(1, 3))
  parts.push({ type: 'text', text: last ? `${size.markers.lastMessage}. ${text}` : text })
  return { id, role: 'assistant', parts }
}

/** One object with 2,000 keys: wide objects stress a JSON tree differently from long arrays. */
function makeStructuredOutput(random: Random, size: RunSize): Record<string, unknown> {
  const output: Record<string, unknown> = {}
  for (let i = 0; i < size.counts.structuredKeys; i++) {
    output[`store_${String(i + 1).padStart(4, '0')}`] = {
      region: random.pick(REGIONS),
      category: random.pick(CATEGORIES),
      units: random.int(0, 50_000),
      open: i % 13 !== 0,
    }
  }
  return output
}

function makeOutput(random: Random, { counts, markers }: RunSize): string {
  let text = `# ${markers.answerStart}\n\n`
  for (let i = 0; text.length < counts.outputChars; i++) text += reportSection(random, i)
  return `${text}${markers.answerEnd}.\n`
}

/** Pure and deterministic: the same worker on every call. */
export function generateRunWorker(size: RunSize): WorkerSpec {
  const random = seededRandom(size.seed)
  const sources = makeSources(random, size)
  const files = Array.from({ length: size.counts.files }, (_, i) => makeFile(random, i))
  const messages = Array.from({ length: size.counts.messages }, (_, i) =>
    makeMessage(random, i, sources, size),
  )
  return {
    createdAt: unixSeconds('2026-11-01T06:00:00Z'),
    status: 'completed',
    messages,
    outputText: makeOutput(random, size),
    sources,
    files: files.map((file) => served(file)),
    structuredOutput: makeStructuredOutput(random, size),
    usage: size.usage,
    metadata: { scenario: size.slug },
  }
}

export const generateHugeWorker = () => generateRunWorker(HUGE_RUN)

// Generated on first request only: about 2 MB of JSON that most demo visits never ask for.
let cached: WorkerSpec | undefined

function hugeWorker(): WorkerSpec {
  cached ??= generateHugeWorker()
  return cached
}

let cachedBig: WorkerSpec | undefined

/** wrk_demo-big: the same shape at about 1 MB of JSON. */
export function bigScenario(): Scenario {
  return taskScenario([
    {
      taskId: 'tsk_demo-big',
      spec: () => {
        cachedBig ??= generateRunWorker(BIG_RUN)
        return cachedBig
      },
    },
  ])
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
