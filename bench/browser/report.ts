import type { HeapResult } from './measure-heap'
import type { AppLoadResult } from './measure-page'
import type { ReachResult } from './measure-reach'
import { formatBytes, formatMs, formatRatio, median, medianRatio, table } from './stats'

export type RawResult = { paintedMs: number | null; longestTaskMs: number }

export type RunResults = {
  runs: number
  machine: Record<string, string | number>
  huge: { raw: RawResult[]; app: AppLoadResult[] }
  blockquotes: { raw: RawResult[]; app: AppLoadResult[] }
  typical: AppLoadResult[]
  reach: ReachResult | null
  heap: HeapResult | null
  seconds: number
}

type Row = { what: string; measured: string; target: string; met: boolean | null }

const met = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'yes' : 'NO')
const at = <T>(values: T[], pick: (v: T) => number | null | undefined) =>
  values.map((v) => pick(v) ?? null)
const med = <T>(values: T[], pick: (v: T) => number | null | undefined) =>
  median(at(values, pick).filter((v): v is number => v !== null))
const lte = (value: number | null, limit: number) => (value === null ? null : value <= limit)

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

export function buildRows(r: RunResults): Row[] {
  const { huge, blockquotes, typical } = r
  const rawPainted = at(huge.raw, (x) => x.paintedMs)
  const first = at(huge.app, (x) => x.firstScreenMs)
  const end = at(huge.app, (x) => x.end.ms)
  const firstRatio = medianRatio(first, rawPainted)
  const endRatio = medianRatio(end, rawPainted)
  const loadTask = med(huge.app, (x) => x.loadingLongestTaskMs)
  const endTask = med(huge.app, (x) => x.end.longestTaskMs)
  const typicalRendered = med(typical, outsideUpdated)
  const hugeRendered = med(huge.app, outsideUpdated)
  const pollMs = med(huge.app, (x) => x.poll?.mainThreadMs)
  const jsWire = med(huge.app, (x) => x.jsWireBytes)
  const jsBody = med(huge.app, (x) => x.jsBodyBytes)
  const pollBytes = med(huge.app, (x) => x.poll?.wireBytes)
  const statuses = [...new Set(huge.app.map((x) => x.poll?.status))].join('/')
  const unchanged = huge.app.every((x) => x.poll?.unchanged)
  const quoteRaw = at(blockquotes.raw, (x) => x.paintedMs)
  const responsive = at(blockquotes.app, (x) =>
    x.firstScreenMs === null ? null : Math.max(x.firstScreenMs, x.loadingLastTaskEndMs ?? 0),
  )
  const quoteRatio = medianRatio(responsive, quoteRaw)
  const quoteTask = med(blockquotes.app, (x) => x.loadingLongestTaskMs)
  const quoteEndTask = med(blockquotes.app, (x) => x.end.longestTaskMs)
  const quoteEnd = medianRatio(
    at(blockquotes.app, (x) => x.end.ms),
    quoteRaw,
  )
  const heap = r.heap
  const heapGrowth = heap ? heap.endBytes - heap.startBytes : null
  const heapFlat = heap ? heapGrowth !== null && heapGrowth <= heap.startBytes * 0.1 : null
  const actions = huge.app[0]?.end.actions.join(', ') || 'none'
  return [
    {
      what: 'Raw JSON page of the big worker: text painted (the yardstick)',
      measured: formatMs(median(rawPainted.filter((v): v is number => v !== null))),
      target: '-',
      met: null,
    },
    {
      what: 'First screen (status, start of the answer, latest message visible)',
      measured: `${formatRatio(firstRatio)} (${formatMs(med(huge.app, (x) => x.firstScreenMs))})`,
      target: '<= 1.0x',
      met: lte(firstRatio, 1),
    },
    {
      what: `End of the answer visible (${actions})`,
      measured: `${formatRatio(endRatio)} (${formatMs(med(huge.app, (x) => x.end.ms))})`,
      target: '<= 2x',
      met: lte(endRatio, 2),
    },
    {
      what: 'Longest main-thread task while loading',
      measured: formatMs(loadTask),
      target: '<= 50 ms',
      met: lte(loadTask, 50),
    },
    {
      what: 'Longest task while reaching the end of the answer',
      measured: formatMs(endTask),
      target: '<= 50 ms',
      met: lte(endTask, 50),
    },
    {
      what: `Components rendered by an unchanged poll, typical worker (${regions(typical)})`,
      measured: typicalRendered === null ? 'n/a' : String(typicalRendered),
      target: '0 outside "updated"',
      met: typicalRendered === null ? null : typicalRendered === 0,
    },
    {
      what: `Components rendered by an unchanged poll, big worker (${regions(huge.app)})`,
      measured: hugeRendered === null ? 'n/a' : String(hugeRendered),
      target: '0 outside "updated"',
      met: hugeRendered === null ? null : hugeRendered === 0,
    },
    {
      what: 'Main-thread time per unchanged poll, big worker',
      measured: formatMs(pollMs),
      target: '<= 16 ms',
      met: lte(pollMs, 16),
    },
    {
      what: 'JS sent for a cold worker page (on the wire; uncompressed)',
      measured: `${formatBytes(jsWire)} (${formatBytes(jsBody)})`,
      target: '<= 120 KB wire',
      met: lte(jsWire, 120 * 1024),
    },
    {
      what: `Bytes per unchanged poll, big worker (HTTP ${statuses}${unchanged ? ', body unchanged' : ', BODY CHANGED'})`,
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
        ? `Heap over ${heap.minutes} min of polling the running big worker (${heap.polls} polls)`
        : 'Heap over polling (skipped)',
      measured: heap
        ? `${formatBytes(heap.startBytes)} -> ${formatBytes(heap.endBytes)}, ${formatBytes(heap.slopeBytesPerMinute)}/min`
        : 'n/a',
      target: 'flat (<= +10%)',
      met: heapFlat,
    },
    {
      what: 'Blockquote answer: page responsive (first screen and no long task left)',
      measured: `${formatRatio(quoteRatio)} (${formatMs(med(responsive, (x) => x))})`,
      target: '<= 1.0x',
      met: lte(quoteRatio, 1),
    },
    {
      what: 'Blockquote answer: longest task while loading',
      measured: formatMs(quoteTask),
      target: '<= 50 ms',
      met: lte(quoteTask, 50),
    },
    {
      what: `Blockquote answer: end visible (${blockquotes.app[0]?.end.actions.join(', ') || 'none'}); longest task`,
      measured: `${formatRatio(quoteEnd)}; ${formatMs(quoteEndTask)}`,
      target: '<= 2x; <= 50 ms',
      met: quoteEnd === null ? null : quoteEnd <= 2 && (quoteEndTask ?? 0) <= 50,
    },
  ]
}

export function buildReport(r: RunResults): string {
  const m = r.machine
  const rows = buildRows(r).map((row) => [row.what, row.measured, row.target, met(row.met)])
  return [
    `Medians of ${r.runs} interleaved runs (raw JSON page, worker page, in turn), ratios per run against the raw JSON view of the same response.`,
    `Machine: ${m.cpu}, ${m.memoryGb} GB, load ${m.loadAverage}; Node ${m.node}; Chromium ${m.chromium}; commit ${m.commit}; ${m.date}.`,
    '',
    table(['What', 'Measured', 'Target', 'Met?'], rows),
    '',
    `Took ${r.seconds} s.`,
  ].join('\n')
}
