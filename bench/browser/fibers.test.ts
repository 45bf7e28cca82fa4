// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { type FiberLike, renderedComponents } from './fibers'

type Fake = FiberLike & { name: string }

function fiber(name: string, tag: number, flags: number, children: Fake[] = []): Fake {
  const node: Fake = { name, tag, flags, child: null, sibling: null, alternate: null }
  children.forEach((child, i) => {
    if (i === 0) node.child = child
    const next = children[i + 1]
    child.sibling = next ?? null
  })
  return node
}

const names = (fibers: Fake[]) => fibers.map((f) => f.name).sort()
const FUNCTION = 0
const HOST = 5
const MEMO = 14
const SIMPLE_MEMO = 15
const PERFORMED_WORK = 1

describe('renderedComponents', () => {
  it('counts every component of a first mount, but no host elements', () => {
    const root = fiber('root', 3, 0, [
      fiber('App', FUNCTION, 1, [fiber('div', HOST, 0, [fiber('Panel', SIMPLE_MEMO, 1)])]),
    ])
    expect(names(renderedComponents(root))).toEqual(['App', 'Panel'])
  })

  it('counts only components that performed work, and skips subtrees reused as they were', () => {
    // The previous commit's tree.
    const oldList = fiber('List', FUNCTION, PERFORMED_WORK, [fiber('Item', FUNCTION, 1)])
    const oldHeader = fiber('Header', FUNCTION, PERFORMED_WORK)
    const oldApp = fiber('App', FUNCTION, PERFORMED_WORK, [oldHeader, oldList])
    const oldRoot = fiber('root', 3, 0, [oldApp])

    // This commit: App re-rendered, Header re-rendered, List bailed out with nothing below it,
    // so its children are the old fibers, whose stale flags must not count.
    const header = fiber('Header', FUNCTION, PERFORMED_WORK)
    header.alternate = oldHeader
    const list = fiber('List', FUNCTION, 0)
    list.alternate = oldList
    list.child = oldList.child
    const app = fiber('App', FUNCTION, PERFORMED_WORK, [header, list])
    app.alternate = oldApp
    const root = fiber('root', 3, 0, [app])
    root.alternate = oldRoot

    expect(names(renderedComponents(root))).toEqual(['App', 'Header'])
  })

  it('counts nothing when the root reuses its whole tree', () => {
    const app = fiber('App', FUNCTION, PERFORMED_WORK)
    const oldRoot = fiber('root', 3, 0, [app])
    const root = fiber('root', 3, 0)
    root.child = app
    root.alternate = oldRoot
    expect(renderedComponents(root)).toEqual([])
  })

  it('counts the function inside a memo with a custom compare once, not the memo wrapper', () => {
    const root = fiber('root', 3, 0, [fiber('memo', MEMO, 1, [fiber('Row', FUNCTION, 1)])])
    expect(names(renderedComponents(root))).toEqual(['Row'])
  })
})
