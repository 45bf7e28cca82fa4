import { type FiberLike, renderedComponents } from './fibers'

/*
 * What the benchmark installs in every page before any of the page's own scripts run:
 * - a long-task observer (buffered, so nothing before it is lost);
 * - "watches": the first moment a given text is visible, checked once per animation frame;
 * - a React DevTools hook that counts commits and, while armed, the components each commit
 *   rendered and where their DOM lies (which panel, the header, the "updated" text, elsewhere).
 *
 * `installProbe` runs in the page as source text: it may use only its parameters and globals.
 */
export type WatchSpec = {
  /** The text to find; for `starts`, compared case-insensitively with the start of a text node. */
  text: string
  match: 'contains' | 'starts'
  /**
   * `viewport`: some of the text is inside the window and not clipped by a scrolling ancestor.
   * `layout`: rendered with a size and not clipped by a scrolling ancestor, possibly below the
   * fold (reachable by scrolling the page).
   */
  where: 'viewport' | 'layout'
  /** Only text inside the panel (a `section`) of this name counts, e.g. 'Output'. */
  panel?: string
}

export type ProbeConfig = { watches: Record<string, WatchSpec>; rawText: boolean }

export type RenderCount = {
  commits: number
  total: number
  regions: Record<string, number>
  /** The names of the components counted in each region, in the order they rendered. */
  names: Record<string, string[]>
}

export type ProbeState = {
  longTasks: Array<{ start: number; duration: number }>
  /** The latest largest-contentful-paint candidate (its render time), and the first contentful paint. */
  lcp: number | null
  fcp: number | null
  seen: Record<string, number>
  loadedAt: number | null
  commits: number
  lastCommitAt: number
  watch: (name: string, spec: WatchSpec) => void
  arm: () => void
  disarm: () => RenderCount
}

type PageFiber = FiberLike & { stateNode: unknown; return: PageFiber | null; type: unknown }

export function installProbe(
  config: ProbeConfig,
  countRendered: (root: PageFiber) => PageFiber[],
): void {
  const pending = new Map<string, WatchSpec>()
  const cachedNodes = new Map<string, Text[]>()
  let domChanged = true
  let ticking = false
  let armed: RenderCount | null = null

  const state: ProbeState = {
    longTasks: [],
    lcp: null,
    fcp: null,
    seen: {},
    loadedAt: null,
    commits: 0,
    lastCommitAt: 0,
    watch(name, spec) {
      pending.set(name, spec)
      startTicking()
    },
    arm() {
      armed = { commits: 0, total: 0, regions: {}, names: {} }
    },
    disarm() {
      const result = armed ?? { commits: 0, total: 0, regions: {}, names: {} }
      armed = null
      return result
    },
  }
  Reflect.set(window, '__bench', state)

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTasks.push({ start: entry.startTime, duration: entry.duration })
      }
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No long-task support: the figures say "n/a" rather than 0.
    state.longTasks = []
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.lcp = entry.startTime
    }).observe({ type: 'largest-contentful-paint', buffered: true })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime
      }
    }).observe({ type: 'paint', buffered: true })
  } catch {
    // Left null: the figures say "n/a".
  }
  addEventListener('load', () => {
    state.loadedAt = performance.now()
  })
  new MutationObserver(() => {
    domChanged = true
  }).observe(document, { subtree: true, childList: true, characterData: true })

  // --- visibility -------------------------------------------------------------------------
  const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const lower = 'abcdefghijklmnopqrstuvwxyz'
  const xpathString = (text: string) => (text.includes('"') ? `'${text}'` : `"${text}"`)

  function findTextNodes(spec: WatchSpec): Text[] {
    if (!document.body) return []
    const expression =
      spec.match === 'contains'
        ? `.//text()[contains(., ${xpathString(spec.text)})]`
        : `.//text()[starts-with(translate(normalize-space(.), "${upper}", "${lower}"), ${xpathString(spec.text.toLowerCase())})]`
    const result = document.evaluate(
      expression,
      document.body,
      null,
      XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
      null,
    )
    const nodes: Text[] = []
    for (let i = 0; i < result.snapshotLength; i++) {
      const node = result.snapshotItem(i)
      // The page's own search box may echo the query; that is not the content itself.
      if (!(node instanceof Text) || node.parentElement?.closest('[role="search"],script,style')) {
        continue
      }
      const section = spec.panel ? node.parentElement?.closest('section') : null
      if (spec.panel && (!section || sectionName(section) !== spec.panel)) continue
      nodes.push(node)
    }
    return nodes
  }

  function isVisible(node: Text, spec: WatchSpec): boolean {
    const parent = node.parentElement
    if (!parent?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false
    const range = document.createRange()
    if (spec.match === 'contains') {
      const at = node.data.indexOf(spec.text)
      if (at < 0) return false
      range.setStart(node, at)
      range.setEnd(node, at + spec.text.length)
    } else {
      range.selectNodeContents(node)
    }
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width <= 0 || rect.height <= 0) continue
      let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom]
      for (let el: Element | null = parent; el && el !== document.documentElement; ) {
        const style = getComputedStyle(el)
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          const box = el.getBoundingClientRect()
          left = Math.max(left, box.left)
          top = Math.max(top, box.top)
          right = Math.min(right, box.right)
          bottom = Math.min(bottom, box.bottom)
        }
        el = el.parentElement
      }
      if (spec.where === 'viewport') {
        left = Math.max(left, 0)
        top = Math.max(top, 0)
        right = Math.min(right, innerWidth)
        bottom = Math.min(bottom, innerHeight)
      }
      if (right > left && bottom > top) return true
    }
    return false
  }

  function rawTextShown(): boolean {
    return state.loadedAt !== null && (document.body?.textContent?.length ?? 0) > 0
  }

  function tick() {
    const searchAgain = domChanged
    domChanged = false
    for (const [name, spec] of pending) {
      let nodes = cachedNodes.get(name)
      if (searchAgain || !nodes || nodes.some((n) => !n.isConnected)) {
        nodes = findTextNodes(spec)
        cachedNodes.set(name, nodes)
      }
      if (nodes.some((node) => isVisible(node, spec))) {
        state.seen[name] = performance.now()
        pending.delete(name)
      }
    }
    if (pendingRaw && rawTextShown()) {
      state.seen.rawText = performance.now()
      pendingRaw = false
    }
    if (pending.size > 0 || pendingRaw) requestAnimationFrame(tick)
    else ticking = false
  }

  let pendingRaw = config.rawText
  function startTicking() {
    if (ticking) return
    ticking = true
    requestAnimationFrame(tick)
  }
  for (const [name, spec] of Object.entries(config.watches)) pending.set(name, spec)
  if (pending.size > 0 || pendingRaw) startTicking()

  // --- React commits ----------------------------------------------------------------------
  const hostTags = [5, 6, 26, 27]

  function firstHostNode(fiber: PageFiber): unknown {
    let node: PageFiber | null = fiber
    while (node) {
      if (hostTags.includes(node.tag)) return node.stateNode
      if (node.child) {
        node = node.child as PageFiber
        continue
      }
      while (node && node !== fiber && !node.sibling) node = node.return
      if (!node || node === fiber) return null
      node = node.sibling as PageFiber
    }
    return null
  }

  /** The "updated …" text outside the panels, with its value ("Updated 12:03", "updated 4 s ago"). */
  function updatedElement(): Element | null {
    if (!document.body) return null
    const result = document.evaluate(
      `.//text()[contains(translate(., "${upper}", "${lower}"), "updated")]`,
      document.body,
      null,
      XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
      null,
    )
    for (let i = 0; i < result.snapshotLength; i++) {
      let el = result.snapshotItem(i)?.parentElement ?? null
      if (!el || el.closest('section')) continue
      // A bare label ("Updated") sits next to its value: take the element holding both.
      if (!/\d|ago|now/i.test(el.textContent ?? '') && el.parentElement) el = el.parentElement
      return el
    }
    return null
  }

  function sectionName(section: Element): string {
    const labelledBy = section.getAttribute('aria-labelledby')
    const label =
      (labelledBy && document.getElementById(labelledBy)?.textContent) ||
      section.getAttribute('aria-label') ||
      section.querySelector('h1,h2,h3')?.textContent ||
      '?'
    return label.trim()
  }

  function region(fiber: PageFiber, updated: Element | null): string {
    const host = firstHostNode(fiber)
    const el = host instanceof Element ? host : host instanceof Text ? host.parentElement : null
    if (!el) return 'no DOM'
    if (!el.isConnected) return 'detached'
    if (updated?.contains(el)) return 'updated text'
    const section = el.closest('section')
    if (section) return `panel ${sectionName(section)}`
    if (el.closest('header')) return 'header'
    return 'other'
  }

  /** As React DevTools names it: displayName, else the function's (a forwardRef's render) name. */
  function componentName(fiber: PageFiber): string {
    const type = fiber.type
    const named = (value: unknown): string => {
      if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) return ''
      const displayName: unknown = Reflect.get(value, 'displayName')
      if (typeof displayName === 'string' && displayName) return displayName
      const name: unknown = typeof value === 'function' ? value.name : ''
      return typeof name === 'string' ? name : ''
    }
    const render = typeof type === 'object' && type !== null ? Reflect.get(type, 'render') : null
    return named(type) || named(render) || 'Anonymous'
  }

  const renderers = new Map<number, unknown>()
  Reflect.set(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    renderers,
    supportsFiber: true,
    isDisabled: false,
    inject(renderer: unknown) {
      const id = renderers.size + 1
      renderers.set(id, renderer)
      return id
    },
    onCommitFiberRoot(_id: number, root: { current: PageFiber }) {
      state.commits++
      state.lastCommitAt = performance.now()
      if (!armed) return
      const rendered = countRendered(root.current)
      const updated = updatedElement()
      armed.commits++
      armed.total += rendered.length
      for (const fiber of rendered) {
        const name = region(fiber, updated)
        armed.regions[name] = (armed.regions[name] ?? 0) + 1
        armed.names[name] ??= []
        armed.names[name].push(componentName(fiber))
      }
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  })
}

/** The init script: both functions as source, with a stand-in for the name helper tsx adds. */
export function probeScript(config: ProbeConfig): string {
  // tsx names functions through __name, also in the callbacks the benchmark evaluates in the page.
  return `(() => {
const __name = (target) => target;
globalThis.__name ??= __name;
${renderedComponents.toString()}
(${installProbe.toString()})(${JSON.stringify(config)}, ${renderedComponents.name});
})();`
}
