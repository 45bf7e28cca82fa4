import { startFakeUpstream } from './fake-upstream'
import { percentile } from './pollers'
import { rssMb, sleep, startServerProcess } from './server-process'
import { deliveryDelays, runWatchers } from './watchers'

/*
 * The live watch (/_app/watch) of one running worker whose answer changes every few seconds,
 * through the real Node server in its own process:
 * - 20 viewers opening at random moments over 30 s: upstream requests per poll interval (one
 *   watch polls for all), and the delay from the server reading a change to the last viewer
 *   having it;
 * - 200 viewers held open (30 s, or 10 minutes with --long): the server's memory over the hold.
 * Settings: BENCH_WATCH_VIEWERS (20), BENCH_WATCH_SECONDS (30), BENCH_CROWD (200),
 * BENCH_CROWD_SECONDS (30; 600 with --long), BENCH_CHANGE_MS (3000).
 */
const INTERVAL_MS = 2000 // the app's poll (api/polling.ts), which the watch keeps

export async function benchWatch(options: {
  latencyMs: number
  bodyBytes: number
  long: boolean
}): Promise<boolean> {
  const viewers = Number(process.env.BENCH_WATCH_VIEWERS ?? 20)
  const spreadMs = Number(process.env.BENCH_WATCH_SECONDS ?? 30) * 1000
  const crowd = Number(process.env.BENCH_CROWD ?? 200)
  const holdMs = Number(process.env.BENCH_CROWD_SECONDS ?? (options.long ? 600 : 30)) * 1000
  const changeMs = Number(process.env.BENCH_CHANGE_MS ?? 3000)

  const upstream = await startFakeUpstream(options.latencyMs, options.bodyBytes, changeMs)
  const server = await startServerProcess(upstream.baseUrl)
  const url = `${server.url}/_app/watch/workers/wrk_bench`
  try {
    console.log(
      `\nLive watch: ${viewers} viewers opening over ${spreadMs / 1000} s, then ${crowd} held ` +
        `${holdMs / 1000} s; the worker changes every ${changeMs} ms`,
    )
    // Warm the server (JIT, connections) with a watch that ends before measuring.
    await runWatchers({ url, viewers: 5, spreadMs: 0, durationMs: 3000 })
    await sleep(INTERVAL_MS * 2)

    const before = upstream.requests()
    const started = Date.now()
    let firstOpenAt = 0
    const spread = await runWatchers({
      url,
      viewers,
      spreadMs,
      durationMs: spreadMs + 4000,
      onOpen: (count) => {
        if (count === 1) firstOpenAt = Date.now()
      },
    })
    const watchedMs = started + spreadMs + 4000 - firstOpenAt
    const spreadRequests = upstream.requests() - before
    const spreadDelays = deliveryDelays(spread)
    await sleep(INTERVAL_MS * 2)

    // The crowd: 200 viewers opening over 5 s, held; memory sampled every second.
    const rssBefore = await rssMb(server.child.pid)
    const samples: { at: number; mb: number }[] = []
    const sampler = setInterval(() => {
      void rssMb(server.child.pid).then((mb) => samples.push({ at: Date.now(), mb }))
    }, 1000)
    const crowdBefore = upstream.requests()
    const crowdStarted = Date.now()
    const held = await runWatchers({ url, viewers: crowd, spreadMs: 5000, durationMs: holdMs })
    clearInterval(sampler)
    const crowdRequests = upstream.requests() - crowdBefore
    await sleep(3000)
    const rssAfter = await rssMb(server.child.pid)
    const holding = samples.filter((s) => s.at >= crowdStarted + 10_000)
    const peak = Math.max(...samples.map((s) => s.mb))
    const slope = slopePerMinute(holding)
    const crowdDelays = deliveryDelays(held)

    const errors = [...spread, ...held].reduce((sum, v) => sum + v.errors, 0)
    const ms = (value: number) => `${Math.round(value)} ms`
    const rows: [string, string][] = [
      [
        `${viewers} viewers: upstream requests per poll interval`,
        `${((spreadRequests * INTERVAL_MS) / watchedMs).toFixed(2)} (${spreadRequests} in ${(watchedMs / 1000).toFixed(1)} s)`,
      ],
      [
        `${viewers} viewers: change read -> last viewer has it, p50 / p99 / max`,
        `${ms(percentile(spreadDelays, 50))} / ${ms(percentile(spreadDelays, 99))} / ${ms(Math.max(...spreadDelays))} (${spreadDelays.length} changes)`,
      ],
      [
        `${crowd} viewers: upstream requests per poll interval`,
        ((crowdRequests * INTERVAL_MS) / (Date.now() - 3000 - crowdStarted)).toFixed(2),
      ],
      [
        `${crowd} viewers: change read -> last viewer has it, p50 / p99 / max`,
        `${ms(percentile(crowdDelays, 50))} / ${ms(percentile(crowdDelays, 99))} / ${ms(Math.max(...crowdDelays))} (${crowdDelays.length} changes)`,
      ],
      [
        `${crowd} viewers for ${holdMs / 1000} s: server RSS before / peak / after`,
        `${rssBefore.toFixed(0)} / ${peak.toFixed(0)} / ${rssAfter.toFixed(0)} MB`,
      ],
      [
        `${crowd} viewers: RSS slope while held (from 10 s in)`,
        `${slope >= 0 ? '+' : ''}${slope.toFixed(2)} MB/min over ${holding.length} samples`,
      ],
      ['watch errors (viewers that could not connect or were cut off)', String(errors)],
    ]
    const width = Math.max(...rows.map(([name]) => name.length))
    for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`)
    return errors === 0
  } finally {
    server.child.kill()
    await upstream.close()
  }
}

/** Least-squares slope of memory over time, in MB per minute. */
function slopePerMinute(samples: { at: number; mb: number }[]): number {
  if (samples.length < 2) return Number.NaN
  const n = samples.length
  const meanT = samples.reduce((s, x) => s + x.at, 0) / n
  const meanM = samples.reduce((s, x) => s + x.mb, 0) / n
  let num = 0
  let den = 0
  for (const { at, mb } of samples) {
    num += (at - meanT) * (mb - meanM)
    den += (at - meanT) ** 2
  }
  return den === 0 ? 0 : (num / den) * 60_000
}
