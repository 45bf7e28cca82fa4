import type { Problem } from '@/api/worker/problems'
import { panelAnchor } from '@/components/panels/panel-anchors'
import { toolPartSelector } from '@/components/panels/tool-part'
import { workerProblemAnchor } from '@/components/ui/worker-problem'
import { holdInView } from '@/lib/keep-in-view'
import { landOn } from '@/lib/land-on'
import { revealItem } from '@/lib/reveal-item'
import { taskTurnAnchor } from '@/routes/task/turn-link'

/*
 * Where a problem is on the page. A failed tool call may be far up a long conversation that
 * mounts only the messages near its window: its message is asked to mount first (see
 * scroll-targets), then its tool box is looked up inside it.
 */
async function elementOf(problem: Problem, signal: AbortSignal): Promise<HTMLElement | null> {
  switch (problem.kind) {
    case 'turn':
      return document.getElementById(taskTurnAnchor(problem.seq))
    case 'worker-error':
      return document.getElementById(workerProblemAnchor.error)
    case 'incomplete':
      return document.getElementById(workerProblemAnchor.incomplete)
    case 'tool': {
      const message = await revealItem('messages', problem.messageIndex, signal)
      if (signal.aborted) return null
      if (!message) return document.getElementById(panelAnchor.messages)
      return message.querySelector<HTMLElement>(toolPartSelector(problem.partIndex)) ?? message
    }
  }
}

/**
 * Lands on a problem as a citation jump does (focus, and the brief highlight), then keeps it in
 * view while a virtual list measures its rows, until `signal` aborts (the next step) or the
 * reader takes over. Landed on again if its list unmounted and mounted it meanwhile.
 */
export function showProblem(problem: Problem, signal: AbortSignal): void {
  holdInView(
    async (holding) => {
      const element = await elementOf(problem, holding)
      if (element && !holding.aborted) landOn(element)
      return element
    },
    'center',
    signal,
  )
}
