/*
 * N clients polling one URL every `intervalMs` for `durationMs`, each starting at a random
 * point of the interval as independent tabs do. Optionally revalidating with If-None-Match
 * as a browser does.
 */
export type PollResult = {
  latencies: number[]
  errors: number
  bodyBytes: number
  polls: number
  notModified: number
}

export async function runPollers(options: {
  url: string
  clients: number
  intervalMs: number
  durationMs: number
  revalidate?: boolean
}): Promise<PollResult> {
  const result: PollResult = { latencies: [], errors: 0, bodyBytes: 0, polls: 0, notModified: 0 }
  const end = performance.now() + options.durationMs
  const client = async () => {
    let etag: string | null = null
    await sleep(Math.random() * options.intervalMs)
    while (performance.now() < end) {
      const started = performance.now()
      try {
        const headers: Record<string, string> = {}
        if (options.revalidate && etag) headers['If-None-Match'] = etag
        const response = await fetch(options.url, { headers })
        const bytes = (await response.arrayBuffer()).byteLength
        if (response.status === 304) result.notModified++
        else if (response.status !== 200) result.errors++
        etag = response.headers.get('etag') ?? etag
        result.bodyBytes += bytes
      } catch {
        result.errors++
      }
      result.latencies.push(performance.now() - started)
      result.polls++
      await sleep(Math.max(0, options.intervalMs - (performance.now() - started)))
    }
  }
  await Promise.all(Array.from({ length: options.clients }, client))
  return result
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
