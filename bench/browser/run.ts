import { execSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { BLOCKQUOTE_MARKERS } from '../../src/server/demo/scenarios/blockquotes'
import { HUGE_COUNTS, HUGE_MARKERS } from '../../src/server/demo/scenarios/huge'
import { loadE2eSetup } from './e2e-config'
import { measureHeap } from './measure-heap'
import { type AppLoadResult, measureAppPage, measureRawJson } from './measure-page'
import { measureReachFirstMessage } from './measure-reach'
import { buildReport, type RunResults } from './report'
import { startBenchServer } from './server'

/*
 * npm run bench:browser [-- --runs 5] [--heap-minutes 2] [--long] [--reach-budget 60] [--port 4381]
 * The worker page against the browser's raw JSON view of the same response, in Chromium,
 * against the production build and server; medians of interleaved runs.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number.`)
  return value
}

const runs = option('runs', 5)
const heapMinutes = process.argv.includes('--long') ? 10 : option('heap-minutes', 2)
const reachBudgetSeconds = option('reach-budget', 60)
const port = option('port', Number(process.env.BENCH_PORT ?? 4381))
const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)))

const HUGE = 'wrk_demo-huge'
const HUGE_RUNNING = 'wrk_demo-huge-running'
const BLOCKQUOTES = 'wrk_demo-blockquotes'
const TYPICAL = 'wrk_demo-research'
const hugeMarkers = { status: 'completed', ...HUGE_MARKERS }
const quoteMarkers = { status: 'completed', ...BLOCKQUOTE_MARKERS }

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

async function main() {
  const started = Date.now()
  const setup = await loadE2eSetup(port)
  const server = await startBenchServer(setup.webServer, port)
  const browser = await chromium.launch(setup.launchOptions)
  const options = setup.contextOptions
  const url = (p: string) => `${server.baseUrl}${p}`
  const results: RunResults = {
    runs,
    machine: describeMachine(browser.version()),
    huge: { raw: [], app: [] },
    blockquotes: { raw: [], app: [] },
    typical: [],
    reach: null,
    heap: null,
    seconds: 0,
  }
  try {
    // Warm the server's caches (the big workers are generated on first request), not the browser's.
    for (const id of [HUGE, HUGE_RUNNING, BLOCKQUOTES]) await fetch(url(`/api/workers/${id}`))
    for (let run = 1; run <= runs; run++) {
      process.stdout.write(`run ${run}/${runs}: huge`)
      results.huge.raw.push(await measureRawJson(browser, options, url(`/api/workers/${HUGE}`)))
      results.huge.app.push(
        await measureAppPage(browser, options, url(`/workers/${HUGE}`), hugeMarkers, {
          poll: true,
          end: true,
        }),
      )
      process.stdout.write(', blockquotes')
      results.blockquotes.raw.push(
        await measureRawJson(browser, options, url(`/api/workers/${BLOCKQUOTES}`)),
      )
      results.blockquotes.app.push(
        await measureAppPage(browser, options, url(`/workers/${BLOCKQUOTES}`), quoteMarkers, {
          poll: false,
          end: true,
        }),
      )
      process.stdout.write(', typical\n')
      results.typical.push(await measureTypical(browser, options, url(`/workers/${TYPICAL}`)))
    }
    console.log('reaching message 1 of 2,000')
    results.reach = await measureReachFirstMessage(
      browser,
      options,
      url(`/workers/${HUGE}`),
      HUGE_MARKERS.firstMessage,
      'completed',
      HUGE_COUNTS.messages,
      reachBudgetSeconds * 1000,
    )
    if (heapMinutes > 0) {
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
  }
  results.seconds = Math.round((Date.now() - started) / 1000)
  console.log(`\n${buildReport(results)}`)
  const dir = path.join(root, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `browser-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nAll measurements: ${path.relative(root, file)}`)
}

/** The typical worker only answers "what does an unchanged poll re-render". */
function measureTypical(
  browser: Parameters<typeof measureAppPage>[0],
  options: Parameters<typeof measureAppPage>[1],
  pageUrl: string,
): Promise<AppLoadResult> {
  return measureAppPage(
    browser,
    options,
    pageUrl,
    { status: 'completed' },
    { poll: true, end: false },
  )
}

await main()
