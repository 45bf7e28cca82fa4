import type { LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'

/*
 * A button's icon and its words. On narrow screens only the icon shows; the words stay in the
 * page for screen readers (visually hidden, not removed), so the button's name is the same at
 * every width.
 */
export function IconLabel({ icon: Icon, children }: { icon: LucideIcon; children: ReactNode }) {
  return (
    <>
      <Icon aria-hidden="true" className="size-3.5 shrink-0" strokeWidth={2.25} />
      <span className="max-sm:sr-only">{children}</span>
    </>
  )
}
