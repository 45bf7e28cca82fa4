/*
 * Which React components rendered in one commit, read from the fiber tree that React hands to
 * the DevTools hook (`onCommitFiberRoot`), which React's production build calls too.
 *
 * The rule is the one React DevTools uses. A fiber that React worked on in this render is a
 * fresh work-in-progress copy: either new (no `alternate`: mounted now) or cloned from the
 * previous fiber, and cloning clears every flag but the static ones. React sets the
 * PerformedWork flag (1) on a component when its function or render method ran. When a parent
 * bails out with no work below it, React reuses the previous children as they are, so
 * `fiber.child === fiber.alternate.child` and the subtree is skipped: its stale flags say
 * nothing about this commit.
 *
 * Components are function (0), class (1), forwardRef (11) and simple memo (15) fibers. A memo
 * with a custom compare (14) is left out: its inner function fiber is counted instead.
 *
 * This function is also injected into the page as source text, so it must not use anything
 * from outside its own body.
 */
export type FiberLike = {
  tag: number
  flags: number
  child: FiberLike | null
  sibling: FiberLike | null
  alternate: FiberLike | null
}

export function renderedComponents<F extends FiberLike>(root: F): F[] {
  const componentTags = [0, 1, 11, 15]
  const performedWork = 1
  const rendered: F[] = []
  const stack: F[] = []
  const pushChildren = (fiber: F) => {
    for (let child = fiber.child; child; child = child.sibling) stack.push(child as F)
  }
  if (!root.alternate || root.alternate.child !== root.child) pushChildren(root)
  while (stack.length > 0) {
    const fiber = stack.pop() as F
    const previous = fiber.alternate
    const mounted = previous === null
    if (componentTags.includes(fiber.tag) && (mounted || (fiber.flags & performedWork) !== 0)) {
      rendered.push(fiber)
    }
    if (mounted || fiber.child !== previous.child) pushChildren(fiber)
  }
  return rendered
}
