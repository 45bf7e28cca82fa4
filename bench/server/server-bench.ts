import { startFakeUpstream } from './fake-upstream'
import { percentile, runPollers } from './pollers'
import { rssMb as rssOf, sleep, startServerProcess } from './server-process'
import { benchWatch } from './watch-bench'

/*
 * `npm run bench:server`: N pollers of one running worker, straight to a fake Handinger with
 * realistic latency, then through the real Node server (its own process). Prints the latency
 * the server adds, errors, upstream requests per client request (shared reads), bytes per poll
 * when clients revalidate like browsers, and the server's memory before, during and after.
 * Settings: BENCH_CLIENTS (200), BENCH_SECONDS (10 per phase), BENCH_LATENCY_MS (80),
 * BENCH_BODY_KB (100), BENCH_INTERVAL_MS (2000, the app's poll). Then the live watch
 * (watch-bench.ts); `--long` holds its 200 viewers for 10 minutes instead of 30 s.
 */
const clients = Number(process.env.BENCH_CLIENTS ?? 200)
const durationMs = Number(process.env.BENCH_SECONDS ?? 10) * 1000
const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 80)
const bodyBytes = Number(process.env.BENCH_BODY_KB ?? 100) * 1024
const intervalMs = Number(process.env.BENCH_INTERVAL_MS ?? 2000)
const PATH = '/api/workers/wrk_bench'

const upstream = await startFakeUpstream(latencyMs, bodyBytes)
const server = await startServerProcess(upstream.baseUrl)
// The same server with nothing shared: what the proxy itself adds to every request.
const unshared = await startServerProcess(upstream.baseUrl, 0)
const rssMb = () => rssOf(server.child.pid)

try {
  console.log(
    `${clients} pollers, every ${intervalMs} ms for ${durationMs / 1000} s per phase; ` +
      `fake Handinger answers ${bodyBytes / 1024} KB after ${latencyMs} ms`,
  )
  // Warm both paths (connections, JIT) before measuring.
  for (const url of [server.url, unshared.url, upstream.baseUrl]) {
    await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${url}${PATH}`).then((r) => r.arrayBuffer())),
    )
  }
  await sleep(1500)
  const rssBefore = await rssMb()

  const direct = await runPollers({
    url: `${upstream.baseUrl}${PATH}`,
    clients,
    intervalMs,
    durationMs,
  })

  const upstreamBefore = upstream.requests()
  let rssDuring = rssBefore
  const sampler = setInterval(() => {
    void rssMb().then((mb) => {
      rssDuring = Math.max(rssDuring, mb)
    })
  }, 250)
  const proxied = await runPollers({ url: `${server.url}${PATH}`, clients, intervalMs, durationMs })
  const upstreamCalls = upstream.requests() - upstreamBefore
  const revalidating = await runPollers({
    url: `${server.url}${PATH}`,
    clients,
    intervalMs,
    durationMs,
    revalidate: true,
  })
  clearInterval(sampler)
  const overhead = await runPollers({
    url: `${unshared.url}${PATH}`,
    clients,
    intervalMs,
    durationMs,
  })
  await sleep(3000)
  const rssAfter = await rssMb()

  const ms = (value: number) => `${value.toFixed(1)} ms`
  const rows: [string, string][] = [
    ['client requests (direct / through server)', `${direct.polls} / ${proxied.polls}`],
    [
      'p50 direct / through server',
      `${ms(percentile(direct.latencies, 50))} / ${ms(percentile(proxied.latencies, 50))}`,
    ],
    [
      'p99 direct / through server',
      `${ms(percentile(direct.latencies, 99))} / ${ms(percentile(proxied.latencies, 99))}`,
    ],
    [
      'added p50 / p99 (shared reads on)',
      `${ms(percentile(proxied.latencies, 50) - percentile(direct.latencies, 50))} / ${ms(percentile(proxied.latencies, 99) - percentile(direct.latencies, 99))}`,
    ],
    [
      'added p50 / p99 (nothing shared)',
      `${ms(percentile(overhead.latencies, 50) - percentile(direct.latencies, 50))} / ${ms(percentile(overhead.latencies, 99) - percentile(direct.latencies, 99))}`,
    ],
    [
      'errors (direct / through server)',
      `${direct.errors} / ${proxied.errors + revalidating.errors + overhead.errors}`,
    ],
    ['upstream requests', String(upstreamCalls)],
    ['upstream requests per client request', (upstreamCalls / proxied.polls).toFixed(4)],
    ['upstream requests per poll interval', ((upstreamCalls * intervalMs) / durationMs).toFixed(2)],
    [
      'body bytes per poll, plain / revalidating',
      `${Math.round(proxied.bodyBytes / proxied.polls)} / ${Math.round(revalidating.bodyBytes / revalidating.polls)}`,
    ],
    ['revalidating polls answered 304', `${revalidating.notModified} of ${revalidating.polls}`],
    [
      'server RSS before / peak during / after',
      `${rssBefore.toFixed(0)} / ${rssDuring.toFixed(0)} / ${rssAfter.toFixed(0)} MB`,
    ],
  ]
  const width = Math.max(...rows.map(([name]) => name.length))
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`)
  if (direct.errors + proxied.errors + revalidating.errors + overhead.errors > 0) {
    process.exitCode = 1
  }
  server.child.kill()
  unshared.child.kill()

  const watched = await benchWatch({ latencyMs, bodyBytes, long: process.argv.includes('--long') })
  if (!watched) process.exitCode = 1
} finally {
  server.child.kill()
  unshared.child.kill()
  await upstream.close()
}
