import type { HeapResult } from './measure-heap'
import type { EndResult, SearchResult } from './measure-end'
import type { AppLoadResult, RawResult } from './measure-page'
import type { PollingCost } from './measure-polling'
import type { ReachResult } from './measure-reach'
import { formatBytes, formatMs, formatRatio, median, medianRatio, table } from './stats'

/** A raw JSON page and an app page measured one right after the other, once per run. */
export type Paired<T> = { raw: RawResult[]; app: T[] }

/** Everything measured on one big body (wrk_demo-big, wrk_demo-huge). */
export type BodyResults = {
  id: string
  /** The size of its JSON as the server sends it (decoded). */
  jsonBytes: number
  load: Paired<AppLoadResult>
  end: Paired<EndResult>
  search: Paired<SearchResult>
}

/** With --against: the same app pages of another commit, opened alternately with this one's. */
export type AgainstResults = {
  rev: string
  big: AppLoadResult[]
  huge: AppLoadResult[]
  cpu4: AppLoadResult[]
  blockquotes: AppLoadResult[]
}

export type RunResults = {
  runs: number
  machine: Record<string, string | number>
  big: BodyResults
  huge: BodyResults
  typical: AppLoadResult[]
  cpu4: Paired<AppLoadResult>
  slowNetwork: Paired<AppLoadResult>
  task: Paired<AppLoadResult>
  blockquotes: { load: Paired<AppLoadResult>; end: Paired<EndResult> }
  polling: PollingCost[]
  reach: ReachResult | null
  heap: HeapResult | null
  seconds: number
  /** Absent in runs saved before --against existed. */
  against?: AgainstResults | null
}

type Row = { what: string; measured: string; target: string; met: boolean | null }

const met = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'yes' : 'NO')
const at = <T>(values: T[], pick: (v: T) => number | null | undefined) =>
  values.map((v) => pick(v) ?? null)
const med = <T>(values: T[], pick: (v: T) => number | null | undefined) =>
  median(at(values, pick).filter((v): v is number => v !== null))
const lte = (value: number | null, limit: number) => (value === null ? null : value <= limit)
const all = (...checks: (boolean | null)[]) =>
  checks.includes(null) ? null : checks.every((check) => check === true)

/** "0.62x (190 vs 306 ms)": the median of the per-run ratios, then the medians of both sides. */
function ratio<T>(
  pair: Paired<T>,
  app: (v: T) => number | null,
  raw: (v: RawResult) => number | null,
) {
  const value = medianRatio(at(pair.app, app), at(pair.raw, raw))
  const text = `${formatRatio(value)} (${formatMs(med(pair.app, app))} vs ${formatMs(med(pair.raw, raw))})`
  return { value, text }
}

const painted = (raw: RawResult) => raw.paintedMs

function regions(results: AppLoadResult[]): string {
  // The run with the median total, shown by where the rendered components sit.
  const polls = results.map((r) => r.poll).filter((p) => p !== null)
  const sorted = [...polls].sort((a, b) => a.rendered.total - b.rendered.total)
  const mid = sorted[Math.floor(sorted.length / 2)]
  if (!mid) return ''
  return Object.entries(mid.rendered.regions)
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} ${count}`)
    .join(', ')
}

function outsideUpdated(result: AppLoadResult): number | null {
  if (!result.poll) return null
  return result.poll.rendered.total - (result.poll.rendered.regions['updated text'] ?? 0)
}

function bodyRows(body: BodyResults, name: string, firstScreenTarget: number): Row[] {
  const first = ratio(body.load, (x) => x.firstScreenMs, painted)
  const end = ratio(body.end, (x) => x.ms, painted)
  const actions = med(body.end.app, (x) => (x.ms === null ? null : x.actions))
  const maxActions = Math.max(0, ...body.end.app.map((x) => x.actions))
  const shift = Math.max(0, ...body.end.app.map((x) => x.shiftPx ?? 0))
  const left = body.end.app.filter((x) => x.leftWindow).length
  const reachedEnd = body.end.app.filter((x) => x.ms !== null).length
  const search = ratio(body.search, (x) => x.ms, painted)
  const found = body.search.app.filter((x) => x.reached).length
  const loadTask = med(body.load.app, (x) => x.loadingLongestTaskMs)
  const endTask = med(body.end.app, (x) => x.longestTaskMs)
  const runs = body.end.app.length
  const how = body.end.app.find((x) => x.ms !== null)?.action ?? 'none'
  return [
    {
      what: `${name}: raw JSON page painted (yardstick)`,
      measured: formatMs(med(body.load.raw, painted)),
      target: '-',
      met: null,
    },
    {
      what: `${name}: first screen`,
      measured: first.text,
      target: `<= ${firstScreenTarget}x`,
      met: lte(first.value, firstScreenTarget),
    },
    {
      what: `${name}: end of the answer (${how} every 250 ms); actions (median, max); moved once shown`,
      measured: `${end.text}; ${actions ?? 'n/a'}, ${maxActions}; ${shift} px${left ? `, left the window in ${left} of ${runs}` : ''}${reachedEnd < runs ? `; reached in ${reachedEnd} of ${runs}` : ''}`,
      target: '<= 2x; 1; 0 px (<= 1)',
      met: all(
        lte(end.value, 2),
        lte(maxActions, 1),
        // A pixel is the glyph box of the plain text's font against the formatted text's.
        shift <= 1 && left === 0,
        reachedEnd === runs,
      ),
    },
    {
      what: `${name}: end of the answer by the page's search`,
      measured: `${search.text}; found in ${found} of ${body.search.app.length}`,
      target: '<= 1.5x, every time',
      met: all(lte(search.value, 1.5), found === body.search.app.length),
    },
    {
      what: `${name}: longest task while loading`,
      measured: formatMs(loadTask),
      target: '<= 50 ms',
      met: lte(loadTask, 50),
    },
    {
      what: `${name}: longest task while reaching the end`,
      measured: formatMs(endTask),
      target: '<= 50 ms',
      met: lte(endTask, 50),
    },
  ]
}

export function buildRows(r: RunResults): Row[] {
  const { big, huge, typical, cpu4, slowNetwork, task, blockquotes } = r
  const lcp = ratio(
    cpu4,
    (x) => x.lcpMs,
    (x) => x.lcpMs,
  )
  const tbt = med(cpu4.app, (x) => x.tbtMs)
  const slow = ratio(slowNetwork, (x) => x.parts.answerStart ?? null, painted)
  const taskFirst = ratio(task, (x) => x.firstScreenMs, painted)
  const typicalRendered = med(typical, outsideUpdated)
  const hugeRendered = med(huge.load.app, outsideUpdated)
  const pollingMs = med(r.polling, (x) => x.msPer2s)
  const jsWire = med(big.load.app, (x) => x.scripts.wire)
  const jsBody = med(big.load.app, (x) => x.scripts.body)
  const jsFiles = med(big.load.app, (x) => x.scripts.files)
  // Older saved runs have no figure for the whole app.
  const appWire = med(big.load.app, (x) => x.appScripts?.wire)
  const appFiles = med(big.load.app, (x) => x.appScripts?.files)
  const pollBytes = med(huge.load.app, (x) => x.poll?.wireBytes)
  const statuses = [...new Set(huge.load.app.map((x) => x.poll?.status))].join('/')
  const unchanged = huge.load.app.every((x) => x.poll?.unchanged)
  const responsive = (x: AppLoadResult) =>
    x.firstScreenMs === null ? null : Math.max(x.firstScreenMs, x.loadingLastTaskEndMs ?? 0)
  const quote = ratio(blockquotes.load, responsive, painted)
  const quoteTask = med(blockquotes.load.app, (x) => x.loadingLongestTaskMs)
  const quoteEnd = ratio(blockquotes.end, (x) => x.ms, painted)
  const quoteEndTask = med(blockquotes.end.app, (x) => x.longestTaskMs)
  const heap = r.heap
  const heapGrowth = heap ? heap.endBytes - heap.startBytes : null
  const heapFlat = heap ? heapGrowth !== null && heapGrowth <= heap.startBytes * 0.1 : null
  return [
    ...bodyRows(big, `Big (${formatBytes(big.jsonBytes)})`, 0.7),
    ...bodyRows(huge, `Huge (${formatBytes(huge.jsonBytes)})`, 0.5),
    {
      what: 'Ordinary worker, 4x CPU slowdown: LCP',
      measured: lcp.text,
      target: '<= 1.5x',
      met: lte(lcp.value, 1.5),
    },
    {
      what: 'Ordinary worker, 4x CPU slowdown: total blocking time',
      measured: formatMs(tbt),
      target: '0 ms',
      met: tbt === null ? null : tbt === 0,
    },
    {
      what: 'Task page: first screen',
      measured: taskFirst.text,
      target: '<= 1.5x',
      met: lte(taskFirst.value, 1.5),
    },
    {
      what: 'Ordinary worker, slow network (150 ms, 1.6 Mbit/s): answer visible',
      measured: slow.text,
      target: '<= 1.5x',
      met: lte(slow.value, 1.5),
    },
    {
      what: 'JS requested before the first screen, with the markdown worker (wire; decoded; files)',
      measured: `${formatBytes(jsWire)} (${formatBytes(jsBody)}; ${jsFiles ?? 'n/a'})`,
      target: '<= 120 KB wire',
      met: lte(jsWire, 120 * 1024),
    },
    {
      what: 'JS the whole app asked for until the page was quiet, with the markdown worker (wire; files)',
      measured: `${formatBytes(appWire)} (${appFiles ?? 'n/a'})`,
      target: '-',
      met: null,
    },
    {
      what: 'Main-thread time per 2 s polling the unchanged running huge worker',
      measured: formatMs(pollingMs),
      target: '<= 10 ms',
      met: lte(pollingMs, 10),
    },
    {
      what: `Components rendered by an unchanged poll, ordinary worker (${regions(typical)})`,
      measured: typicalRendered === null ? 'n/a' : String(typicalRendered),
      target: '0 outside "updated"',
      met: typicalRendered === null ? null : typicalRendered === 0,
    },
    {
      what: `Components rendered by an unchanged poll, huge worker (${regions(huge.load.app)})`,
      measured: hugeRendered === null ? 'n/a' : String(hugeRendered),
      target: '0 outside "updated"',
      met: hugeRendered === null ? null : hugeRendered === 0,
    },
    {
      what: `Bytes per unchanged poll, huge worker (HTTP ${statuses}${unchanged ? ', body unchanged' : ', BODY CHANGED'})`,
      measured: formatBytes(pollBytes),
      target: '<= 1 KB',
      met: lte(pollBytes, 1024),
    },
    {
      what: `Reaching message 1 of 2,000 (${r.reach?.method ?? 'not measured'})`,
      measured: r.reach?.actions == null ? 'n/a' : `${r.reach.actions} actions`,
      target: '1',
      met: r.reach?.actions == null ? null : r.reach.actions <= 1,
    },
    {
      what: heap
        ? `Heap over ${heap.minutes} min of polling the running huge worker (${heap.polls} polls)`
        : 'Heap over polling (skipped)',
      measured: heap
        ? `${formatBytes(heap.startBytes)} -> ${formatBytes(heap.endBytes)}, ${formatBytes(heap.slopeBytesPerMinute)}/min`
        : 'n/a',
      target: 'flat (<= +10%)',
      met: heapFlat,
    },
    {
      what: 'Blockquote answer: page responsive',
      measured: quote.text,
      target: '<= 1.0x',
      met: lte(quote.value, 1),
    },
    {
      what: 'Blockquote answer: longest task while loading',
      measured: formatMs(quoteTask),
      target: '<= 50 ms',
      met: lte(quoteTask, 50),
    },
    {
      what: 'Blockquote answer: end visible; longest task',
      measured: `${quoteEnd.text}; ${formatMs(quoteEndTask)}`,
      target: '<= 2x; <= 50 ms',
      met: all(lte(quoteEnd.value, 2), lte(quoteEndTask, 50)),
    },
  ]
}

/*
 * This commit against the other one, figure by figure: medians over the same runs, each pair of
 * pages opened one right after the other. Shown as they are, with no target: the table above
 * says what is met.
 */
export function againstRows(r: RunResults, against: AgainstResults): string[][] {
  const longest = (x: AppLoadResult) => x.loadingLongestTaskMs
  const tbt = (x: AppLoadResult) => x.tbtMs
  const pairs: Array<
    [string, AppLoadResult[], AppLoadResult[], (x: AppLoadResult) => number | null]
  > = [
    ['Big: longest task while loading', r.big.load.app, against.big, longest],
    ['Big: total blocking time', r.big.load.app, against.big, tbt],
    ['Huge: longest task while loading', r.huge.load.app, against.huge, longest],
    ['Huge: total blocking time', r.huge.load.app, against.huge, tbt],
    ['Ordinary worker, 4x CPU: total blocking time', r.cpu4.app, against.cpu4, tbt],
    ['Ordinary worker, 4x CPU: longest task while loading', r.cpu4.app, against.cpu4, longest],
    ['Ordinary worker, 4x CPU: LCP', r.cpu4.app, against.cpu4, (x) => x.lcpMs],
    [
      'Blockquote answer: longest task while loading',
      r.blockquotes.load.app,
      against.blockquotes,
      longest,
    ],
  ]
  return pairs
    .filter(([, , theirs]) => theirs.length > 0)
    .map(([what, mine, theirs, pick]) => [
      what,
      formatMs(med(mine, pick)),
      formatMs(med(theirs, pick)),
      `${theirs.length}`,
    ])
}

export function buildReport(r: RunResults): string {
  const m = r.machine
  const rows = buildRows(r).map((row) => [row.what, row.measured, row.target, met(row.met)])
  const against = r.against
    ? [
        '',
        `Against ${r.against.rev}: its app pages opened alternately with this commit's (before them in even runs, after them in odd ones), medians.`,
        '',
        table(['What', 'This commit', r.against.rev, 'Runs'], againstRows(r, r.against)),
      ]
    : []
  return [
    `Medians of ${r.runs} interleaved cold runs (each app page right after the raw JSON view of the same response), ratios per run: app vs raw. Big: ${r.big.id}; huge: ${r.huge.id}; ordinary: the research worker.`,
    `Machine: ${m.cpu}, ${m.memoryGb} GB, load ${m.loadAverage}; Node ${m.node}; Chromium ${m.chromium}; commit ${m.commit}; ${m.date}.`,
    '',
    table(['What', 'Measured', 'Target', 'Met?'], rows),
    ...against,
    '',
    `Took ${r.seconds} s.`,
  ].join('\n')
}
