import { served, textFile } from '../demo-files'
import { type Scenario, taskScenario } from '../scenario'
import { source, unixSeconds, type WorkerSpec } from '../wire'

/*
 * A worker in the 22–23 April shape: token-level usage, a `costs` breakdown, no `url`, no
 * `structured_output`, files without `size`, and { role, content } messages.
 */
const draft = `# Spring service week: 14–18 April

Winter is hard on bikes. This spring, bring yours in for a **free 20-minute check**:

- brakes and brake pads
- tyre pressure and wear
- chain cleaning and lubrication
- battery health report for e-bikes

Book a slot at [velora.example/service](https://velora.example/service) or reply to this email.

*The Velora workshop team*
`

const file = textFile('newsletter-draft.md', 'text/markdown', draft)
const plain = textFile(
  'newsletter-subject-lines.txt',
  'text/plain',
  'Your bike called: it wants a spring check\nFree 20-minute spring check, 14–18 April\nReady to ride? Free service week\n',
)

const messages = [
  { role: 'system', content: 'You are a helpful marketing assistant for a bike shop.' },
  {
    role: 'user',
    content:
      'Draft a short newsletter announcing a free spring service week (14–18 April). Keep it friendly and under 120 words, and suggest three subject lines.',
  },
  {
    role: 'assistant',
    content: [
      { type: 'text', text: 'Let me check the service page so the details match.' },
      {
        type: 'tool-call',
        toolCallId: 'call_legacy_1',
        toolName: 'read_page',
        input: { url: 'https://velora.example/service' },
      },
    ],
  },
  {
    role: 'tool',
    content: [
      {
        type: 'tool-result',
        toolCallId: 'call_legacy_1',
        toolName: 'read_page',
        output: { type: 'text', value: 'Service: brakes, tyres, chain, battery report. 20 min.' },
      },
    ],
  },
  { role: 'assistant', content: draft },
]

function legacyTask(): WorkerSpec {
  return {
    shape: 'april',
    createdAt: unixSeconds('2026-04-22T10:15:00Z'),
    status: 'completed',
    messages,
    outputText: draft,
    sources: [source('src_legacy-service', 'https://velora.example/service', 'Service – Velora')],
    files: [served(file), served(plain)],
    usage: {
      cacheReadTokens: 18432,
      cacheWriteTokens: 4096,
      costUsd: 0.4213,
      inputTokens: 52311,
      outputTokens: 3874,
      reasoningTokens: 1210,
      steps: 6,
      totalTokens: 56185,
      credits: 42,
      durationMs: 25812,
    },
    costs: {
      internalCostUsd: 0.0412,
      modelCostUsd: 0.3521,
      sandboxCostUsd: 0.0186,
      toolCostUsd: 0.0094,
    },
    metadata: {},
  }
}

export function legacyScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-legacy', spec: legacyTask }])
}
