import { createHash } from 'node:crypto'
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  CDPSession,
  Page,
} from '@playwright/test'
import { type ProbeConfig, type ProbeState, probeScript, type WatchSpec } from './probe'

/*
 * One page in a fresh browser context (an empty cache: a first visit), with the probe installed
 * and the network followed through the DevTools protocol, which knows the bytes on the wire
 * (`encodedDataLength`) as well as the decoded size.
 */
export type Transfer = {
  /** When the request was sent, wall clock (ms since the epoch, as performance.timeOrigin). */
  sentAt: number
  url: string
  mimeType: string
  status: number
  wireBytes: number
  bodyBytes: number
  finishedAt: number
}

export type PageSession = {
  page: Page
  cdp: CDPSession
  transfers: Transfer[]
  /** The scripts of the dedicated workers the page started (the markdown worker). */
  workerScripts: string[]
  close: () => Promise<void>
}

/**
 * What the page runs on: Chromium's CPU slowed down `cpuRate` times, and the network emulated
 * (round trip and throughput), as DevTools does (Emulation.setCPUThrottlingRate,
 * Network.emulateNetworkConditions).
 */
export type Conditions = {
  cpuRate?: number
  network?: { latencyMs: number; downloadBitsPerSecond: number; uploadBitsPerSecond: number }
}

type ProbeView = Omit<ProbeState, 'watch' | 'arm' | 'disarm'>

async function applyConditions(cdp: CDPSession, { cpuRate, network }: Conditions) {
  if (cpuRate && cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate })
  if (network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: network.downloadBitsPerSecond / 8,
      uploadThroughput: network.uploadBitsPerSecond / 8,
    })
  }
}

export async function openPage(
  browser: Browser,
  contextOptions: BrowserContextOptions,
  url: string,
  probe: ProbeConfig,
  beforeNavigation?: (page: Page) => void,
  conditions: Conditions = {},
): Promise<PageSession> {
  const context: BrowserContext = await browser.newContext(contextOptions)
  const page = await context.newPage()
  await page.addInitScript({ content: probeScript(probe) })
  const cdp = await context.newCDPSession(page)
  const transfers: Transfer[] = []
  const workerScripts: string[] = []
  page.on('worker', (worker) => workerScripts.push(worker.url()))
  const sent = new Map<string, number>()
  const pending = new Map<string, Omit<Transfer, 'wireBytes' | 'finishedAt'>>()
  cdp.on('Network.requestWillBeSent', (event) => {
    sent.set(event.requestId, event.wallTime * 1000)
  })
  cdp.on('Network.responseReceived', (event) => {
    pending.set(event.requestId, {
      sentAt: sent.get(event.requestId) ?? Date.now(),
      url: event.response.url,
      mimeType: event.response.mimeType,
      status: event.response.status,
      bodyBytes: 0,
    })
  })
  cdp.on('Network.dataReceived', (event) => {
    const entry = pending.get(event.requestId)
    if (entry) entry.bodyBytes += event.dataLength
  })
  cdp.on('Network.loadingFinished', (event) => {
    const entry = pending.get(event.requestId)
    if (!entry) return
    pending.delete(event.requestId)
    transfers.push({ ...entry, wireBytes: event.encodedDataLength, finishedAt: Date.now() })
  })
  await cdp.send('Network.enable')
  await cdp.send('Performance.enable')
  await applyConditions(cdp, conditions)
  beforeNavigation?.(page)
  await page.goto(url, { waitUntil: 'commit' })
  return { page, cdp, transfers, workerScripts, close: () => context.close() }
}

export function probeState(page: Page): Promise<ProbeView> {
  return page.evaluate(() => {
    const state = Reflect.get(window, '__bench') as ProbeState
    const { longTasks, lcp, fcp, seen, loadedAt, commits, lastCommitAt } = state
    return { longTasks, lcp, fcp, seen, loadedAt, commits, lastCommitAt }
  })
}

/** The page's time origin (ms since the epoch): page times plus this are wall-clock times. */
export function timeOrigin(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin)
}

export function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now())
}

export function watch(page: Page, name: string, spec: WatchSpec): Promise<void> {
  return page.evaluate(([n, s]) => (Reflect.get(window, '__bench') as ProbeState).watch(n, s), [
    name,
    spec,
  ] as const)
}

/**
 * Resolves with the page's time when every named watch has been seen, or null on timeout
 * (checked at least once, every `everyMs`).
 */
export async function waitSeen(
  page: Page,
  names: string[],
  timeoutMs: number,
  everyMs = 100,
): Promise<Record<string, number> | null> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { seen } = await probeState(page)
    if (names.every((name) => seen[name] !== undefined)) return seen
    if (Date.now() >= deadline) return null
    await sleep(everyMs)
  }
}

/**
 * Waits until the page is quiet: no React commit and no long task for `quietMs`, no request
 * in flight. Returns the page time at which it was judged quiet (or at the cap).
 */
export async function waitQuiet(session: PageSession, quietMs: number, capMs: number) {
  const deadline = Date.now() + capMs
  for (;;) {
    const state = await probeState(session.page)
    const at = await now(session.page)
    const lastTaskEnd = Math.max(0, ...state.longTasks.map((t) => t.start + t.duration))
    const lastActivity = Math.max(lastTaskEnd, state.lastCommitAt)
    const lastTransfer = Math.max(0, ...session.transfers.map((t) => t.finishedAt))
    if (at - lastActivity >= quietMs && Date.now() - lastTransfer >= quietMs) return at
    if (Date.now() > deadline) return at
    await sleep(100)
  }
}

export function longestTask(
  tasks: ReadonlyArray<{ start: number; duration: number }>,
  from: number,
  to = Number.POSITIVE_INFINITY,
): number {
  return Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration))
}

export async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0
}

export function sha(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
