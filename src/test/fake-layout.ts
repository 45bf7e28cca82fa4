import { afterEach, beforeEach } from 'vitest'

type Size = 'clientHeight' | 'offsetHeight' | 'scrollHeight'

/**
 * jsdom lays nothing out: for each test of the calling block, every element reports the given
 * sizes, so a virtualized list has a window to fill. With `scrolling`, scrollTo on an element
 * also moves its scrollTop and fires 'scroll', as a browser does, so the list can be scrolled.
 */
export function setupFakeLayout(
  sizes: Partial<Record<Size, number>>,
  { scrolling = false }: { scrolling?: boolean } = {},
) {
  const restores: Array<() => void> = []
  const replace = (target: object, name: string, descriptor: PropertyDescriptor) => {
    const original = Object.getOwnPropertyDescriptor(target, name)
    Object.defineProperty(target, name, { configurable: true, ...descriptor })
    restores.push(() => {
      if (original) Object.defineProperty(target, name, original)
      else Reflect.deleteProperty(target, name)
    })
  }
  beforeEach(() => {
    for (const [name, size] of Object.entries(sizes)) {
      replace(HTMLElement.prototype, name, { get: () => size })
    }
    if (!scrolling) return
    let offset = 0
    replace(Element.prototype, 'scrollTop', { get: () => offset })
    replace(Element.prototype, 'scrollTo', {
      value: function scrollTo(this: Element, options?: ScrollToOptions | number) {
        if (typeof options === 'object') offset = options.top ?? offset
        this.dispatchEvent(new Event('scroll'))
      },
    })
  })
  afterEach(() => {
    for (const restore of restores.splice(0).reverse()) restore()
  })
}
