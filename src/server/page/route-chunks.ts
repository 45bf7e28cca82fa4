import { isRecord } from '@/shared/guards'
import { stylesheetHref } from './page-html'

/*
 * Which built scripts each run page needs besides those index.html already loads, read from
 * Vite's build manifest (build.manifest: `dist/.vite/manifest.json`). The page loads its routes
 * lazily, so without a hint the browser learns of a route's chunks only after the entry script
 * has run; named in the page's head they load side by side with the entry.
 */
export const MANIFEST_PATH = '.vite/manifest.json'

/** The route modules of each run page, as the manifest names them (their source paths). */
const ROUTE_MODULES = {
  worker: ['src/routes/worker/worker-route.tsx'],
  task: ['src/routes/task/task-route.tsx'],
  // A bare task resolves its worker, then opens the task page.
  taskResolve: ['src/routes/task/task-resolve-route.tsx', 'src/routes/task/task-route.tsx'],
} as const

export type RunPage = keyof typeof ROUTE_MODULES

/** Absolute paths (`/assets/…`) of the chunks each run page should preload. */
export type RouteChunks = Record<RunPage, readonly string[]>

export const NO_ROUTE_CHUNKS: RouteChunks = { worker: [], task: [], taskResolve: [] }

type Chunk = { file: string; imports: string[]; isEntry: boolean }

/** The manifest's chunks by key; entries that do not look like Vite's are left out. */
function chunksOf(manifest: unknown): Map<string, Chunk> {
  const chunks = new Map<string, Chunk>()
  if (!isRecord(manifest)) return chunks
  for (const [key, entry] of Object.entries(manifest)) {
    if (!isRecord(entry) || typeof entry.file !== 'string') continue
    const imports = Array.isArray(entry.imports)
      ? entry.imports.filter((name): name is string => typeof name === 'string')
      : []
    chunks.set(key, { file: entry.file, imports, isEntry: entry.isEntry === true })
  }
  return chunks
}

/**
 * The keys of `roots` and of every chunk they import statically, transitively, nearest first
 * (the route module before what it imports).
 */
function closure(chunks: Map<string, Chunk>, roots: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const pending = [...roots]
  for (let key = pending.shift(); key !== undefined; key = pending.shift()) {
    const chunk = chunks.get(key)
    if (!chunk || seen.has(key)) continue
    seen.add(key)
    pending.push(...chunk.imports)
  }
  return seen
}

/** What each run page should preload; nothing for a manifest that cannot be read. */
export function routeChunks(manifest: unknown): RouteChunks {
  const chunks = chunksOf(manifest)
  const entries = [...chunks].filter(([, chunk]) => chunk.isEntry).map(([key]) => key)
  // index.html already loads its entry and everything the entry imports.
  const loaded = closure(chunks, entries)
  const chunksFor = (modules: readonly string[]) =>
    [...closure(chunks, modules)].flatMap((key) => {
      const file = chunks.get(key)?.file
      return file && !loaded.has(key) ? [`/${file}`] : []
    })
  return {
    worker: chunksFor(ROUTE_MODULES.worker),
    task: chunksFor(ROUTE_MODULES.task),
    taskResolve: chunksFor(ROUTE_MODULES.taskResolve),
  }
}

/** The build's entry for the first screen's own stylesheet (vite.config.ts). */
const FIRST_SCREEN_STYLESHEET = 'src/first-screen.css'

/**
 * Where the first screen's own stylesheet was built (`/assets/first-screen-….css`), or null for a
 * manifest without it: the page then carries the app's whole stylesheet instead.
 */
export function firstScreenStylesheet(manifest: unknown): string | null {
  const file = chunksOf(manifest).get(FIRST_SCREEN_STYLESHEET)?.file
  return file?.endsWith('.css') ? `/${file}` : null
}

/**
 * Which stylesheet a page with its first screen carries inside: the first screen's own, from the
 * build's manifest (partial: the app's whole one follows after the first paint), or the whole one
 * linked by index.html when the build has none apart.
 */
export function firstScreenCssSource(
  manifest: unknown,
  html: string,
): { href: string; partial: boolean } | null {
  const own = firstScreenStylesheet(manifest)
  if (own) return { href: own, partial: true }
  const whole = stylesheetHref(html)
  return whole ? { href: whole, partial: false } : null
}
