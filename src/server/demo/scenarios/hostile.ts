import { type Scenario, taskScenario } from '../scenario'
import { source, unixSeconds, type WorkerSpec } from '../wire'

/*
 * Everything here imitates text an attacker planted on a page the agent read. The dashboard
 * must show all of it as inert text: no script runs, no javascript:/data: link is clickable,
 * no remote image loads.
 */
const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'

const outputText = `# Supplier comparison

The supplier page contained the following content.

${SCRIPT}

${IMG}

[click](javascript:alert(1))

![](https://tracker.example/pixel.png)

[Open the report](data:text/html,${SCRIPT})

<a href="javascript:alert(2)">raw HTML link</a>

<iframe src="https://evil.example/frame"></iframe>

| Vendor | Notes |
|---|---|
| ACME | <span onmouseover="alert(3)">hover me</span> |

Plain text after the attacks, which must still render.
`

const messages: unknown[] = [
  null,
  42,
  'a bare string',
  [],
  { role: 'assistant', parts: [null, 7, { type: 'text', text: '<b>hi</b>' }] },
  { role: 'user', content: 'plain content string' },
  { role: 'assistant', content: [{ type: 'text', text: 'array content' }, { weird: true }] },
  {
    id: 'msg_hostile_tool',
    role: 'assistant',
    parts: [
      { type: 'text', text: `Summary: ${SCRIPT}` },
      {
        type: 'tool-web_search',
        toolCallId: 'call_hostile_1',
        state: 'output-available',
        input: { query: IMG },
        output: { html: `<a href="javascript:alert(1)">${IMG}</a>` },
      },
      { type: 'source-url', sourceId: 'src_hostile-js', url: 'javascript:alert(1)', title: IMG },
      { type: 'unknown-part-type', payload: SCRIPT },
    ],
  },
]

const structuredOutput = {
  summary: `Vendor notes ${IMG}`,
  nested: { html: SCRIPT, link: 'javascript:alert(1)' },
  // An own "__proto__" key, as JSON.parse produces it, to catch prototype pollution.
  ['__proto__']: { polluted: true },
}

function hostileTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-13T11:00:00Z'),
    status: 'completed',
    messages,
    outputText,
    sources: [
      source('src_hostile-js', 'javascript:alert(1)', `${IMG}<b>Official</b> source`),
      source('src_hostile-data', `data:text/html,${SCRIPT}`, null),
      source('src_hostile-ok', 'https://example.com/suppliers', `Suppliers ${SCRIPT}`),
    ],
    files: [
      {
        raw: {
          filename: '../../etc/passwd',
          mediaType: 'text/html',
          url: `data:text/html,${SCRIPT}`,
          size: 1337,
        },
      },
      {
        raw: {
          filename: `${IMG}.csv`,
          mediaType: 'text/csv',
          url: 'javascript:alert(1)',
          size: 12,
        },
      },
    ],
    structuredOutput,
    usage: { credits: 310, durationMs: 9400 },
    metadata: { note: SCRIPT },
  }
}

export function hostileScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-hostile', spec: hostileTask }])
}
