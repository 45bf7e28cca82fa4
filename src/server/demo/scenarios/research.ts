import { type Scenario, taskScenario } from '../scenario'
import { marketTask } from './research-market'
import { pricingTask } from './research-pricing'
import { summaryTask } from './research-summary'

export function researchScenario(): Scenario {
  return taskScenario([
    { taskId: 'tsk_demo-market', spec: marketTask },
    { taskId: 'tsk_demo-pricing', spec: pricingTask },
    { taskId: 'tsk_demo-summary', spec: summaryTask },
  ])
}
