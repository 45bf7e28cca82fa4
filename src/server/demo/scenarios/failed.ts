import {
  assistantMessage,
  citations,
  reasoning,
  stepStart,
  text,
  toolCall,
  toolError,
  userMessage,
  webSearch,
} from '../messages'
import { type Scenario, taskScenario } from '../scenario'
import { source, unixSeconds, type WorkerSpec } from '../wire'

const reddit = source('src_fail-reddit', 'https://www.reddit.com/r/CargoBike/', 'r/CargoBike')

const sources = [
  reddit,
  source('src_fail-trustpilot', 'https://www.trustpilot.com/categories/bicycle_store', null),
  source(
    'src_fail-cargobike-jetzt',
    'https://www.cargobike.jetzt/',
    'cargobike.jetzt – Das Lastenrad-Magazin',
  ),
]

// The answer stops mid-list: the budget ran out while the third site was being read.
const partialOutput = `# What owners say about family cargo e-bikes

Analysed so far: 2 of 8 planned review sites, 312 of ~1,200 reviews.

## Themes

| Theme | Share of reviews | Tone |
|---|---:|---|
| Kids love it, replaces the second car | 41% | positive |
| Heavy and hard to park | 23% | negative |
| Dealer service and spare parts | 18% | mixed |
| Price | 12% | negative |

## Most common complaints

1. **Weight and storage.** Owners without a ground-floor shed`

const messages = [
  userMessage(
    'msg_fail_01',
    'Read the public owner reviews of family cargo e-bikes on these 8 sites and summarise the main praise and complaints, with the share of reviews for each theme.',
  ),
  assistantMessage('msg_fail_02', [
    stepStart(),
    reasoning('Eight sites, about 1,200 reviews. Start with the largest forums.'),
    webSearch('call_fail_search_1', 'family cargo bike owner review problems', [
      { title: 'r/CargoBike', url: reddit.url, snippet: 'One year with our box bike…' },
    ]),
    toolCall('read_page', 'call_fail_read_1', { url: reddit.url, pages: 12 }, { reviews: 204 }),
    toolCall(
      'read_page',
      'call_fail_read_2',
      { url: 'https://www.trustpilot.com/categories/bicycle_store', pages: 6 },
      { reviews: 108 },
    ),
    ...citations(sources),
    stepStart(),
    toolError(
      'read_page',
      'call_fail_read_3',
      { url: 'https://www.cargobike.jetzt/', pages: 20 },
      'Budget exceeded: the task used all 5,000 credits.',
    ),
    text(partialOutput),
  ]),
]

function failedTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-12T16:45:10Z'),
    status: 'completed',
    messages,
    outputText: partialOutput,
    sources,
    files: [],
    structuredOutput: null,
    usage: { credits: 5000, durationMs: 412000 },
    error: {
      code: 'budget_exceeded',
      message:
        'The task stopped after using its whole budget of 5,000 credits. Raise the budget or narrow the request, then continue the task.',
    },
    incompleteDetails: { reason: 'max_credits' },
    metadata: { budget: 'standard' },
  }
}

export function failedScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-reviews', spec: failedTask }])
}
