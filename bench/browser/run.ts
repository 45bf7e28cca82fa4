import { execSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContextOptions, chromium } from '@playwright/test'
import { BLOCKQUOTE_MARKERS } from '../../src/server/demo/scenarios/blockquotes'
import { BIG_RUN, HUGE_RUN } from '../../src/server/demo/scenarios/huge'
import { startAgainst } from './against'
import { loadE2eSetup } from './e2e-config'
import { measureEndByScroll, measureEndBySearch } from './measure-end'
import { measureHeap } from './measure-heap'
import { type Markers, measureAppPage, measureRawJson } from './measure-page'
import { measurePollingCost } from './measure-polling'
import { measureReachFirstMessage } from './measure-reach'
import type { Conditions } from './page-session'
import {
  type AgainstResults,
  type BodyResults,
  buildReport,
  type Paired,
  type RunResults,
} from './report'
import { startBenchServer } from './server'

/*
 * npm run bench:browser [-- --runs 5] [--heap-minutes 2] [--long] [--reach-budget 60] [--port 4381]
 *   [--only big,huge,ordinary,task,blockquotes,polling] (while working on one figure)
 *   [--against <commit>] (that commit's pages too, opened alternately with this one's: against.ts)
 * npm run bench:browser -- --report bench/results/browser-….json (a saved run's table again)
 * Run pages against the browser's raw JSON view of the same response, in Chromium, against the
 * production build and server: every app page right after its raw page, in a cold context,
 * medians of the per-run ratios.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number.`)
  return value
}

const GROUPS = ['big', 'huge', 'ordinary', 'task', 'blockquotes', 'polling'] as const
const onlyAt = process.argv.indexOf('--only')
const only = new Set(onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : GROUPS)
const runs = option('runs', 5)
const heapMinutes = process.argv.includes('--long') ? 10 : option('heap-minutes', 2)
const reachBudgetSeconds = option('reach-budget', 60)
const port = option('port', Number(process.env.BENCH_PORT ?? 4381))
const againstAt = process.argv.indexOf('--against')
const againstRev = againstAt >= 0 ? (process.argv[againstAt + 1] ?? '') : null
const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)))

const BIG = 'wrk_demo-big'
const HUGE = 'wrk_demo-huge'
const HUGE_RUNNING = 'wrk_demo-huge-running'
const BLOCKQUOTES = 'wrk_demo-blockquotes'
const TYPICAL = 'wrk_demo-research'
const TASK = { workerId: 'wrk_demo-research', taskId: 'tsk_demo-market' }
const bigMarkers = { status: 'completed', ...BIG_RUN.markers }
const hugeMarkers = { status: 'completed', ...HUGE_RUN.markers }
const quoteMarkers = { status: 'completed', ...BLOCKQUOTE_MARKERS }
// The ordinary worker: a 3 KB answer with a table, its first heading the answer's first line.
const typicalMarkers = {
  status: 'completed',
  answerStart: 'Cargo e-bike market: Germany, Netherlands, France',
}
// The task page's first screen: the task's title and status, and its first turn's question.
const taskMarkers: Markers = {
  status: 'completed',
  more: {
    taskTitle: { text: 'Cargo e-bike market sizing', match: 'contains', where: 'viewport' },
    firstTurn: {
      text: 'We are planning to launch a front-box family cargo e-bike',
      match: 'contains',
      where: 'viewport',
    },
  },
}
const CPU_4X: Conditions = { cpuRate: 4 }
// DevTools' own emulation: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_NETWORK: Conditions = {
  network: { latencyMs: 150, downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000 },
}

function describeMachine(chromiumVersion: string) {
  const cpus = os.cpus()
  let commit = 'unknown'
  try {
    commit = execSync('git describe --always --dirty', { cwd: root }).toString().trim()
  } catch {
    // Not a git checkout.
  }
  return {
    cpu: `${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'}`,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    node: process.version,
    chromium: chromiumVersion,
    commit,
    date: new Date().toISOString(),
  }
}

type Session = {
  browser: Browser
  options: BrowserContextOptions
  url: (path: string) => string
  /** With --against: the other commit's page at `path`, and where its figures go. */
  against: { url: (path: string) => string; results: AgainstResults } | null
  run: number
}

/*
 * With --against, the other commit's app page is measured right before this one's (even runs)
 * or right after it (odd runs), so neither side always comes first.
 */
async function alongside(s: Session, mine: () => Promise<void>, theirs: TheirPage | null) {
  if (theirs && s.against && s.run % 2 === 0) await theirs(s)
  await mine()
  if (theirs && s.against && s.run % 2 === 1) await theirs(s)
}

type TheirPage = (s: Session) => Promise<void>

/** The other commit's app page at `path`, loaded as this commit's is, its figures under `key`. */
function theirPage(
  key: Exclude<keyof AgainstResults, 'rev'>,
  path: string,
  markers: Markers,
  conditions?: Conditions,
): TheirPage {
  return async ({ browser, options, against }) => {
    if (!against) return
    const url = against.url(path)
    against.results[key].push(
      await measureAppPage(browser, options, url, markers, { poll: false, conditions }),
    )
  }
}

/** One raw JSON page, then the app page measured against it. */
async function paired<T>(
  into: Paired<T>,
  { browser, options, url }: Session,
  rawPath: string,
  measure: () => Promise<T>,
  conditions: Conditions = {},
) {
  into.raw.push(await measureRawJson(browser, options, url(rawPath), conditions))
  into.app.push(await measure())
}

const emptyBody = (id: string): BodyResults => ({
  id,
  jsonBytes: 0,
  load: { raw: [], app: [] },
  end: { raw: [], app: [] },
  search: { raw: [], app: [] },
})

/** First screen, the end by scrolling and the end by search, each against its own raw page. */
async function measureBody(
  s: Session,
  body: BodyResults,
  markers: Markers & { answerEnd: string },
  poll: boolean,
) {
  const page = s.url(`/workers/${body.id}`)
  const raw = `/api/workers/${body.id}`
  await alongside(
    s,
    () =>
      paired(body.load, s, raw, () =>
        measureAppPage(s.browser, s.options, page, markers, { poll }),
      ),
    theirPage(body.id === BIG ? 'big' : 'huge', `/workers/${body.id}`, markers),
  )
  await paired(body.end, s, raw, () => measureEndByScroll(s.browser, s.options, page, markers))
  await paired(body.search, s, raw, () => measureEndBySearch(s.browser, s.options, page, markers))
}

/** The ordinary worker: what an unchanged poll renders, LCP at 4x CPU, the slow network. */
async function measureOrdinary(s: Session, results: RunResults) {
  const { browser, options } = s
  const page = s.url(`/workers/${TYPICAL}`)
  const raw = `/api/workers/${TYPICAL}`
  results.typical.push(await measureAppPage(browser, options, page, typicalMarkers, { poll: true }))
  for (const [into, conditions] of [
    [results.cpu4, CPU_4X],
    [results.slowNetwork, SLOW_NETWORK],
  ] as const) {
    const mine = () =>
      paired(
        into,
        s,
        raw,
        () => measureAppPage(browser, options, page, typicalMarkers, { poll: false, conditions }),
        conditions,
      )
    const theirs =
      into === results.cpu4
        ? theirPage('cpu4', `/workers/${TYPICAL}`, typicalMarkers, conditions)
        : null
    await alongside(s, mine, theirs)
  }
}

async function main() {
  const started = Date.now()
  const setup = await loadE2eSetup(port)
  const server = await startBenchServer(setup.webServer, port)
  const other =
    againstRev === null ? null : await startAgainst(againstRev, setup.webServer, port + 1, root)
  const browser = await chromium.launch(setup.launchOptions)
  const options = setup.contextOptions
  const url = (p: string) => `${server.baseUrl}${p}`
  const s: Session = {
    browser,
    options,
    url,
    against: other && {
      url: (p: string) => `${other.baseUrl}${p}`,
      results: { rev: other.rev, big: [], huge: [], cpu4: [], blockquotes: [] },
    },
    run: 0,
  }
  const results: RunResults = {
    runs,
    machine: describeMachine(browser.version()),
    big: emptyBody(BIG),
    huge: emptyBody(HUGE),
    typical: [],
    cpu4: { raw: [], app: [] },
    slowNetwork: { raw: [], app: [] },
    task: { raw: [], app: [] },
    blockquotes: { load: { raw: [], app: [] }, end: { raw: [], app: [] } },
    polling: [],
    reach: null,
    heap: null,
    seconds: 0,
    against: s.against?.results ?? null,
  }
  try {
    // Warm the servers' caches (the big workers are generated on first request), not the browser's.
    for (const id of [BIG, HUGE, HUGE_RUNNING, BLOCKQUOTES, TYPICAL]) {
      if (s.against) await (await fetch(s.against.url(`/api/workers/${id}`))).arrayBuffer()
      const bytes = (await (await fetch(url(`/api/workers/${id}`))).arrayBuffer()).byteLength
      if (id === BIG) results.big.jsonBytes = bytes
      if (id === HUGE) results.huge.jsonBytes = bytes
    }
    for (let run = 1; run <= runs; run++) {
      s.run = run
      const step = async (group: (typeof GROUPS)[number], measure: () => Promise<void>) => {
        if (!only.has(group)) return
        const at = Date.now()
        process.stdout.write(`run ${run}/${runs}: ${group}`)
        await measure()
        console.log(` (${Math.round((Date.now() - at) / 1000)} s)`)
      }
      await step('big', () => measureBody(s, results.big, bigMarkers, false))
      await step('huge', () => measureBody(s, results.huge, hugeMarkers, true))
      await step('ordinary', () => measureOrdinary(s, results))
      await step('task', async () => {
        await paired(results.task, s, `/api/tasks/${TASK.taskId}`, () =>
          measureAppPage(
            browser,
            options,
            url(`/workers/${TASK.workerId}/tasks/${TASK.taskId}`),
            taskMarkers,
            { poll: false },
          ),
        )
      })
      await step('blockquotes', async () => {
        const quotes = url(`/workers/${BLOCKQUOTES}`)
        const quotesRaw = `/api/workers/${BLOCKQUOTES}`
        await alongside(
          s,
          () =>
            paired(results.blockquotes.load, s, quotesRaw, () =>
              measureAppPage(browser, options, quotes, quoteMarkers, { poll: false }),
            ),
          theirPage('blockquotes', `/workers/${BLOCKQUOTES}`, quoteMarkers),
        )
        await paired(results.blockquotes.end, s, quotesRaw, () =>
          measureEndByScroll(browser, options, quotes, quoteMarkers),
        )
      })
      await step('polling', async () => {
        const cost = await measurePollingCost(
          browser,
          options,
          url(`/workers/${HUGE_RUNNING}`),
          'running',
        )
        if (cost) results.polling.push(cost)
      })
    }
    if (only.has('huge')) {
      console.log('reaching message 1 of 2,000')
      results.reach = await measureReachFirstMessage(
        browser,
        options,
        url(`/workers/${HUGE}`),
        HUGE_RUN.markers.firstMessage,
        'completed',
        HUGE_RUN.counts.messages,
        reachBudgetSeconds * 1000,
      )
    }
    if (heapMinutes > 0 && only.has('polling')) {
      console.log(`heap while polling ${HUGE_RUNNING} for ${heapMinutes} min`)
      results.heap = await measureHeap(
        browser,
        options,
        url(`/workers/${HUGE_RUNNING}`),
        'running',
        heapMinutes,
      )
    }
  } finally {
    await browser.close()
    await server.stop()
    await other?.stop()
  }
  results.seconds = Math.round((Date.now() - started) / 1000)
  console.log(`\n${buildReport(results)}`)
  const dir = path.join(root, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `browser-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nAll measurements: ${path.relative(root, file)}`)
}

// --report <file>: the table of a saved run again, without measuring.
const reportAt = process.argv.indexOf('--report')
if (reportAt >= 0) {
  const saved: RunResults = JSON.parse(readFileSync(process.argv[reportAt + 1] ?? '', 'utf8'))
  console.log(buildReport(saved))
} else {
  await main()
}
