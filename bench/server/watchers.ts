/*
 * N viewers of one live watch (Server-Sent Events), each opening at a random moment within
 * `spreadMs` and staying until `durationMs` after the first opened. For every state a viewer
 * receives it notes when it arrived and when the server read it (`checkedAt`, the server's clock:
 * the bench and the server run on one machine).
 */
export type Received = { id: string; checkedAt: number; receivedAt: number }

export type Viewer = { openedAt: number; received: Received[]; errors: number }

export async function runWatchers(options: {
  url: string
  viewers: number
  spreadMs: number
  durationMs: number
  onOpen?: (count: number) => void
}): Promise<Viewer[]> {
  const start = Date.now()
  const end = start + options.durationMs
  let opened = 0
  const viewer = async (): Promise<Viewer> => {
    await sleep(Math.random() * options.spreadMs)
    const result: Viewer = { openedAt: Date.now(), received: [], errors: 0 }
    const abort = new AbortController()
    const timer = setTimeout(() => abort.abort(), Math.max(0, end - Date.now()))
    try {
      const response = await fetch(options.url, { signal: abort.signal })
      if (response.status !== 200 || !response.body) throw new Error(String(response.status))
      opened += 1
      options.onOpen?.(opened)
      const decoder = new TextDecoder()
      let buffer = ''
      for await (const chunk of response.body) {
        // Stamped as the bytes arrive, before this process spends any time on them.
        const receivedAt = Date.now()
        buffer += decoder.decode(chunk, { stream: true })
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, cut)
          buffer = buffer.slice(cut + 2)
          const state = stateOf(block)
          if (state) result.received.push({ ...state, receivedAt })
        }
      }
    } catch {
      if (!abort.signal.aborted) result.errors += 1
    } finally {
      clearTimeout(timer)
    }
    return result
  }
  return Promise.all(Array.from({ length: options.viewers }, viewer))
}

// The state's data ends with its checkedAt: read from the end, the body is not parsed.
function stateOf(block: string): { id: string; checkedAt: number } | null {
  const head = /^id: (\S+)\nevent: state\n/.exec(block)
  const checkedAt = /"checkedAt":(\d+)\}$/.exec(block.slice(-40))
  return head?.[1] && checkedAt ? { id: head[1], checkedAt: Number(checkedAt[1]) } : null
}

/**
 * For each change the server saw while viewers were connected: how long until the last of the
 * viewers connected before it had it. A viewer's first state (the current one, sent as it
 * joins) is not a change it waited for.
 */
export function deliveryDelays(viewers: Viewer[]): number[] {
  const byChange = new Map<string, { checkedAt: number; last: number }>()
  for (const viewer of viewers) {
    for (const [index, got] of viewer.received.entries()) {
      if (index === 0 || got.checkedAt < viewer.openedAt) continue
      const change = byChange.get(got.id) ?? { checkedAt: got.checkedAt, last: got.receivedAt }
      change.last = Math.max(change.last, got.receivedAt)
      byChange.set(got.id, change)
    }
  }
  return [...byChange.values()].map((change) => Math.max(0, change.last - change.checkedAt))
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
