import {
  type QueryClient,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
  hashKey,
  notifyManager,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import { useCallback, useEffect, useEffectEvent, useSyncExternalStore } from 'react'
import {
  WATCH_EVENT,
  WATCH_HEARTBEAT_MS,
  type WatchAnswer,
  type WatchState,
  type WatchTarget,
  parseWatchAlive,
  parseWatchState,
  watchPath,
} from '@/shared/watch-protocol'
import { ApiError } from './api-error'
import { type ApiRequest, answerFrom, apiFetch, apiUrl } from './client'
import { type Watch, applyWatch, isPolled } from './polling'

/*
 * The live watch, on the page's side. While the polling rule says a view is polled, the view
 * opens the server's stream of it (`/_app/watch/…`, see server/watch/) instead of polling: the
 * server reads the run once for every viewer and sends each change the moment it sees it. Each
 * state is taken through the query's own fetch function with a reader of the streamed answers
 * in place of the network, so it is parsed, checked, retried and reused exactly like a fetched
 * one. The view polls by itself again whenever events cannot flow: no EventSource in this
 * browser, a connection error, the server ending the watch, or silence past STREAM_SILENCE_MS
 * (a proxy that buffers). A hidden tab keeps its stream only when armed to notify, as it keeps
 * polling only then.
 */

/** No event for this long (three missed heartbeats): the stream is taken as stuck. */
export const STREAM_SILENCE_MS = 3 * WATCH_HEARTBEAT_MS
/** After a stream failed, the next one is tried after this, doubling up to the maximum. */
export const STREAM_REOPEN_MS = 10_000
export const STREAM_REOPEN_MAX_MS = 5 * 60_000

/** How a query's fetch function reads: apiFetch, or the streamed answers. */
export type ApiReader = <T>(request: ApiRequest<T>) => Promise<T>

/** What a query needs to be watched live: its stream, and the rule of when its run is live. */
export type LiveView<T> = { target: WatchTarget | null; isLive: (data: T) => boolean }

type Stream = {
  client: QueryClient
  queryKey: QueryKey
  url: string
  users: number
  events: EventSource | null
  /** The latest state the server sent. */
  state: WatchState | null
  /** Events arrive: the query need not poll. */
  flowing: boolean
  lastEventAt: number
  failures: number
  watchdog: ReturnType<typeof setInterval> | null
  reopen: ReturnType<typeof setTimeout> | null
}

// One stream per query (by its key's hash), however many components watch it.
const streams = new Map<string, Stream>()
// Queries whose next fetch takes the stream's state, and the fetches (by signal) that do:
// react-query's retries of one fetch share its signal, so they read the stream too.
const pending = new Set<string>()
const streamFetches = new WeakSet<AbortSignal>()
const flowListeners = new Set<() => void>()

/**
 * The reader for one attempt of a query's fetch function: the streamed answers when the stream
 * started this fetch, the network otherwise (a first load, Refresh, polling while it falls back).
 */
export function readerFor(queryKey: QueryKey, signal: AbortSignal): ApiReader {
  const hash = hashKey(queryKey)
  if (pending.delete(hash)) streamFetches.add(signal)
  const state = streams.get(hash)?.state
  if (!streamFetches.has(signal) || !state) return apiFetch
  return async <T>(request: ApiRequest<T>): Promise<T> => {
    const url = new URL(apiUrl(request.path, request.query))
    const answer = state.answers.find((a) => a.path === `${url.pathname}${url.search}`)
    if (!answer)
      throw new ApiError('network', 'The live update did not bring this part of the run.')
    return answerFrom(request, {
      status: answer.status,
      headers: new Headers(answer.headers),
      text: answer.text,
    })
  }
}

/**
 * `useQuery` for a view that may be watched live: the view's watch state applied (polling.ts),
 * with the stream open while the run is polled, and the query's own polling off while events
 * flow.
 */
export function useWatchedQuery<TFnData, TError, TData, TKey extends QueryKey>(
  options: UseQueryOptions<TFnData, TError, TData, TKey>,
  live: LiveView<TFnData>,
  watch: Watch,
): UseQueryResult<TData, TError> {
  const client = useQueryClient()
  const { queryKey } = options
  const hash = hashKey(queryKey)
  const url = live.target ? watchPath(live.target) : null
  const subscribeCache = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(notifyManager.batchCalls(onChange)),
    [client],
  )
  const polled = useSyncExternalStore(subscribeCache, () => {
    const state = client.getQueryState<TFnData>(queryKey)
    return state !== undefined && isPolled(live.isLive, state)
  })
  const visible = useSyncExternalStore(subscribeVisibility, isVisible, () => true)
  const wanted =
    url !== null &&
    polled &&
    !watch.paused &&
    (visible || watch.notifyArmed) &&
    typeof EventSource !== 'undefined'
  const join = useEffectEvent(() => (url === null ? undefined : acquire(client, queryKey, url)))
  useEffect(() => {
    if (!wanted) return
    return join()
  }, [wanted, hash, url])
  const flowing = useSyncExternalStore(subscribeFlow, () => streams.get(hash)?.flowing ?? false)
  return useQuery(applyWatch(options, { ...watch, streaming: wanted && flowing }))
}

function acquire(client: QueryClient, queryKey: QueryKey, url: string): () => void {
  const hash = hashKey(queryKey)
  let stream = streams.get(hash)
  if (!stream) {
    stream = {
      client,
      queryKey,
      url,
      users: 0,
      events: null,
      state: null,
      flowing: false,
      lastEventAt: 0,
      failures: 0,
      watchdog: null,
      reopen: null,
    }
    streams.set(hash, stream)
    open(stream)
  }
  stream.users += 1
  const held = stream
  return () => {
    held.users -= 1
    if (held.users > 0) return
    close(held)
    if (streams.get(hash) === held) streams.delete(hash)
    pending.delete(hash)
    setFlowing(held, false)
  }
}

function open(stream: Stream) {
  const events = new EventSource(stream.url)
  stream.events = events
  stream.reopen = null
  stream.lastEventAt = Date.now()
  events.addEventListener(WATCH_EVENT.state, (event) => {
    heard(stream)
    const state = parseWatchState(event.data)
    if (state) deliver(stream, state)
  })
  events.addEventListener(WATCH_EVENT.alive, (event) => {
    heard(stream)
    const alive = parseWatchAlive(event.data)
    if (alive?.ageMs != null) confirm(stream, alive.ageMs)
  })
  // The server stopped watching: the run ended, or a request was refused. The query has the
  // answer that says so; should it still be polled, it polls by itself.
  events.addEventListener(WATCH_EVENT.end, () => fail(stream))
  events.addEventListener('error', () => {
    // Closed for good (refused, not an event stream): try again later. Otherwise the browser
    // reconnects by itself, as the server's `retry:` asks; the query polls meanwhile.
    if (events.readyState === EventSource.CLOSED) fail(stream)
    else setFlowing(stream, false)
  })
  stream.watchdog ??= setInterval(() => {
    if (stream.events && Date.now() - stream.lastEventAt > STREAM_SILENCE_MS) fail(stream)
  }, WATCH_HEARTBEAT_MS)
}

function heard(stream: Stream) {
  stream.lastEventAt = Date.now()
  stream.failures = 0
  setFlowing(stream, true)
}

/** A new state: the query fetches, and its fetch function reads this state (readerFor). */
function deliver(stream: Stream, state: WatchState) {
  stream.state = state
  const hash = hashKey(stream.queryKey)
  pending.add(hash)
  void stream.client
    .refetchQueries({ queryKey: stream.queryKey, exact: true })
    .finally(() => pending.delete(hash))
}

/**
 * The server read the run again and found it unchanged: the data on screen is that fresh
 * ("Updated … ago"). Only when what the page shows is the stream's error-free state.
 */
function confirm(stream: Stream, ageMs: number) {
  if (!stream.flowing || !stream.state?.answers.every(isOk)) return
  const at = Date.now() - ageMs
  const state = stream.client.getQueryState(stream.queryKey)
  if (
    state?.status !== 'success' ||
    state.fetchStatus !== 'idle' ||
    state.fetchFailureCount > 0 ||
    at <= state.dataUpdatedAt
  ) {
    return
  }
  stream.client.setQueryData(stream.queryKey, (data: unknown) => data, { updatedAt: at })
}

function fail(stream: Stream) {
  close(stream)
  setFlowing(stream, false)
  if (stream.users === 0) return
  const delay = Math.min(STREAM_REOPEN_MS * 2 ** stream.failures, STREAM_REOPEN_MAX_MS)
  stream.failures += 1
  stream.reopen = setTimeout(() => open(stream), delay)
}

function close(stream: Stream) {
  stream.events?.close()
  stream.events = null
  if (stream.reopen) clearTimeout(stream.reopen)
  stream.reopen = null
  if (stream.users === 0 && stream.watchdog) {
    clearInterval(stream.watchdog)
    stream.watchdog = null
  }
}

function setFlowing(stream: Stream, flowing: boolean) {
  if (stream.flowing === flowing) return
  stream.flowing = flowing
  for (const listener of flowListeners) listener()
}

function subscribeFlow(onChange: () => void) {
  flowListeners.add(onChange)
  return () => flowListeners.delete(onChange)
}

function subscribeVisibility(onChange: () => void) {
  document.addEventListener('visibilitychange', onChange)
  return () => document.removeEventListener('visibilitychange', onChange)
}

function isVisible() {
  return document.visibilityState !== 'hidden'
}

function isOk(answer: WatchAnswer) {
  return answer.status >= 200 && answer.status < 300
}
