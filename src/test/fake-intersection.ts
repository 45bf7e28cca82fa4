import { act } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

/*
 * jsdom has no IntersectionObserver. For each test of the calling block this one stands in:
 * nothing is in view until the test says which elements are, as scrolling would.
 */
export function setupFakeIntersection() {
  const observers = new Set<FakeObserver>()

  class FakeObserver {
    readonly targets = new Set<Element>()
    constructor(readonly callback: IntersectionObserverCallback) {
      observers.add(this)
    }
    observe(target: Element) {
      this.targets.add(target)
    }
    unobserve(target: Element) {
      this.targets.delete(target)
    }
    disconnect() {
      this.targets.clear()
      observers.delete(this)
    }
    takeRecords() {
      return []
    }
  }

  beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver))
  afterEach(() => {
    observers.clear()
    vi.unstubAllGlobals()
  })

  /** Tells the observers that `elements` came into view (or, with `false`, left it). */
  return function setInView(elements: Element[], inView = true) {
    act(() => {
      for (const observer of observers) {
        const entries = elements
          .filter((element) => observer.targets.has(element))
          .map((target) => ({ target, isIntersecting: inView }) as IntersectionObserverEntry)
        if (entries.length > 0) {
          observer.callback(entries, observer as unknown as IntersectionObserver)
        }
      }
    })
  }
}
