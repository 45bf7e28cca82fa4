import type { Scenario, ScenarioRequest } from '../scenario'
import { buildWorker, source, unixSeconds, type WorkerSpec } from '../wire'

/*
 * Everything here imitates text an attacker planted on a page the agent read. The dashboard
 * must show all of it as inert text: no script runs, no javascript:/data: link is clickable,
 * no remote image loads.
 */
const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'

/** Right-to-left override: `invoice<RLO>fdp.exe` reads as "invoiceexe.pdf". */
const RLO = '\u202E'
export const BIDI_FILENAME = `invoice${RLO}fdp.exe`
const ZWSP = '\u200B'

/*
 * Values JSON.stringify cannot write (a number beyond a double, -0, an integer beyond 2^53)
 * or should not be asked to (5,000 levels of nesting): the spec holds a marker string, and the
 * response text gets the raw JSON in its place, so the digits survive as sent.
 */
const DEPTH = 5000
const RAW: Record<string, string> = {
  '@@raw:deep-object@@': `${'{"level":'.repeat(DEPTH)}"bottom"${'}'.repeat(DEPTH)}`,
  '@@raw:deep-array@@': `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`,
  '@@raw:1e400@@': '1e400',
  '@@raw:-0@@': '-0',
  '@@raw:2^64@@': '18446744073709551616',
  '@@raw:1e308@@': '1e308',
}

function withRawValues(json: string): string {
  return json.replace(/"(@@raw:[^"]+@@)"/g, (marker, key: string) => RAW[key] ?? marker)
}

const outputText = `# Supplier comparison

The supplier page contained the following content.

${SCRIPT}

${IMG}

[click](javascript:alert(1))

![](https://tracker.example/pixel.png)

[Open the report](data:text/html,${SCRIPT})

## Refund for ${BIDI_FILENAME}

[https://bank.example/login](https://evil.example/phish) claims one host and points at another.

[${RLO}moc.elgoog//:sptth](https://evil.example/bidi) hides its text direction.

[This app's settings](/api/workers/wrk_demo-research) and [this app's home](/) are links to
the app itself.

Prices are from the supplier sheet.[^1] Delivery times vary.[^note]

[^1]: Supplier sheet of 12 July.
[^note]: Ask the supplier.

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
    id: 'msg_hostile_ctor',
    role: 'constructor',
    parts: [{ type: 'text', text: 'Role constructor' }],
  },
  { id: 'msg_hostile_tostring', role: 'toString', content: 'Role toString' },
  { id: 'msg_hostile_proto', role: '__proto__', content: 'Role __proto__' },
  { id: 'msg_hostile_hasown', role: 'hasOwnProperty', content: 'Role hasOwnProperty' },
  { id: 'msg_hostile_empty', role: '', content: 'An empty role' },
  { id: 'msg_hostile_zw', role: ZWSP, content: 'A zero-width role' },
  {
    id: 'msg_hostile_own_proto',
    role: 'assistant',
    // An own "__proto__" key inside a message, as JSON.parse produces it.
    ['__proto__']: { polluted: true },
    parts: [{ type: 'text', text: `Message with bidi: the file is ${BIDI_FILENAME}.` }],
  },
  {
    id: 'msg_hostile_deep',
    role: 'assistant',
    parts: [
      {
        type: 'tool-read_json',
        toolCallId: 'call_hostile_deep',
        state: 'output-available',
        input: { url: 'https://example.com/deep.json' },
        output: { object: '@@raw:deep-object@@', array: '@@raw:deep-array@@' },
      },
    ],
  },
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
  constructor: { prototype: { polluted: true } },
  numbers: {
    beyondDouble: '@@raw:1e400@@',
    negativeZero: '@@raw:-0@@',
    twoToThe64: '@@raw:2^64@@',
  },
  [`name ${RLO}txt.exe`]: `value ${RLO}fdp.exe`,
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
      source('src_hostile-bidi', 'https://example.com/invoice', `Invoice ${BIDI_FILENAME}`),
      source('src_hostile-zw', 'https://example.com/zero-width', `${ZWSP}${ZWSP}`),
      source('src_hostile-empty', 'https://example.com/empty', ''),
      source('src_hostile-claims', 'https://evil.example/phish', 'https://bank.example/login'),
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
      {
        raw: {
          filename: BIDI_FILENAME,
          mediaType: 'application/pdf',
          url: 'https://example.com/invoice.pdf',
          size: 2048,
        },
      },
      { raw: { filename: ZWSP, mediaType: 'text/plain', url: 'https://example.com/zw.txt' } },
      { raw: { filename: '   ', mediaType: 'text/plain', url: 'https://example.com/blank.txt' } },
    ],
    structuredOutput,
    usage: { credits: '@@raw:1e308@@', durationMs: 9400 },
    metadata: { note: SCRIPT },
  }
}

/** Blank-line-separated blockquotes: a pattern that makes markdown parsers quadratic. */
const BLOCKQUOTES = '> quoted line\n\n'.repeat(4000)

function ordinaryMarkdown(bytes: number): string {
  const block =
    '## Section\n\nA paragraph with **bold**, *emphasis*, `code` and a [link](https://example.com/).\n\n- one\n- two\n- three\n\n'
  return block.repeat(Math.ceil(bytes / block.length))
}

/** 5 MB of answer in one paragraph: no blank line where a preview could cut. */
function answerWithoutBlankLine(): string {
  return 'The answer goes on without a break. '.repeat(Math.ceil((5 * 1024 * 1024) / 36))
}

function hugeTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-13T11:30:00Z'),
    status: 'completed',
    messages: [
      { id: 'msg_huge_quotes', role: 'assistant', content: BLOCKQUOTES },
      { id: 'msg_huge_markdown', role: 'assistant', content: ordinaryMarkdown(1024 * 1024) },
      { id: 'msg_huge_last', role: 'assistant', content: 'The last message.' },
    ],
    outputText: answerWithoutBlankLine(),
    sources: [],
    files: [],
    usage: { credits: 12, durationMs: 1000 },
  }
}

/** Serves `spec` as text, with the raw values put in place of their markers. */
function rawScenario(taskId: string, spec: () => WorkerSpec): Scenario {
  return {
    handle(request: ScenarioRequest) {
      if (request.taskId !== null && request.taskId !== taskId) {
        return new Response(JSON.stringify({ error: 'Task not found' }), {
          status: 404,
          headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
        })
      }
      const ctx = {
        workerId: request.workerId,
        selectedTaskId: request.taskId,
        fileUrl: request.fileUrl,
      }
      return new Response(withRawValues(JSON.stringify(buildWorker(spec(), ctx))), {
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      })
    },
    file: () => undefined,
  }
}

export function hostileScenario(): Scenario {
  return rawScenario('tsk_demo-hostile', hostileTask)
}

/** The heavy hostile inputs, apart so the ordinary hostile page stays quick to open. */
export function hostileHugeScenario(): Scenario {
  return rawScenario('tsk_demo-hostile-huge', hugeTask)
}
