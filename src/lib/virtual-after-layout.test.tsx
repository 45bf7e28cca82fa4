import { render, screen } from '@testing-library/react'
import { ScrollBoxList } from '@/components/ui/scroll-box-list'

/*
 * As in a browser: a ResizeObserver that reports after layout. jsdom has none, so a stand-in
 * keeps what is observed and reports when the test says the browser has laid the page out.
 */
class LaterObserver {
  static all: LaterObserver[] = []
  readonly targets = new Set<Element>()
  constructor(readonly report: ResizeObserverCallback) {
    LaterObserver.all.push(this)
  }
  observe(target: Element) {
    this.targets.add(target)
  }
  unobserve(target: Element) {
    this.targets.delete(target)
  }
  disconnect() {
    this.targets.clear()
  }
}

/** The browser's layout: every observed element reports its height. */
function layOut(heightOf: (element: Element) => number) {
  for (const observer of [...LaterObserver.all]) {
    const entries = [...observer.targets].map((target) => {
      const blockSize = heightOf(target)
      return {
        target,
        borderBoxSize: [{ blockSize, inlineSize: 300 }],
        contentBoxSize: [{ blockSize, inlineSize: 300 }],
        contentRect: new DOMRect(0, 0, 300, blockSize),
        devicePixelContentBoxSize: [],
      } as unknown as ResizeObserverEntry
    })
    if (entries.length > 0) Reflect.apply(observer.report, undefined, [entries, observer])
  }
}

const LAYOUT_READS = ['offsetHeight', 'clientHeight', 'clientWidth', 'scrollHeight', 'scrollTop']
let reads: string[] = []
const saved = LAYOUT_READS.map(
  (name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
)
const savedScrollTo = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo')

beforeEach(() => {
  LaterObserver.all = []
  reads = []
  vi.stubGlobal('ResizeObserver', LaterObserver)
  for (const name of LAYOUT_READS) {
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get() {
        reads.push(name)
        return name === 'clientHeight' ? 448 : 0
      },
    })
  }
  Object.defineProperty(Element.prototype, 'scrollTo', {
    configurable: true,
    value() {
      reads.push('scrollTo')
    },
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor)
    else Reflect.deleteProperty(HTMLElement.prototype, name)
  }
  if (savedScrollTo) Object.defineProperty(Element.prototype, 'scrollTo', savedScrollTo)
  else Reflect.deleteProperty(Element.prototype, 'scrollTo')
})

function renderList() {
  const items = Array.from({ length: 300 }, (_, i) => `source ${i}`)
  render(
    <ScrollBoxList
      items={items}
      target="sources"
      noun="sources"
      rowEstimate={64}
      renderRow={(item) => <span>{item}</span>}
    />,
  )
  return () => [...document.querySelectorAll<HTMLElement>('li[data-index]')]
}

describe('a virtual list in a browser', () => {
  it('mounts without reading the layout, and places its rows by their real heights before paint', () => {
    const rows = renderList()
    // Mounted at the estimated places, with nothing read while React rendered and committed.
    expect(reads).toEqual([])
    expect(rows().length).toBeGreaterThan(7)
    expect(rows()[1]).toHaveStyle({ transform: 'translateY(64px)' })
    expect(screen.getByText('source 0')).toBeInTheDocument()

    // The browser lays the page out: the observer reports rows 40 px high.
    layOut((element) => (element.tagName === 'LI' ? 40 : 448))
    // Moved in the same report, before any paint and before React renders again.
    expect(rows()[1]).toHaveStyle({ transform: 'translateY(40px)' })
    expect(rows()[5]).toHaveStyle({ transform: 'translateY(200px)' })
    expect(reads).not.toContain('offsetHeight')
  })
})
