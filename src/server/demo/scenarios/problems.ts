import {
  assistantMessage,
  reasoning,
  stepStart,
  text,
  toolCall,
  toolError,
  type UIMessage,
  type UIPart,
  userMessage,
  webSearch,
} from '../messages'
import { type Scenario, taskScenario } from '../scenario'
import { source, unixSeconds, type WorkerSpec } from '../wire'

/*
 * A long run where several things went wrong, each of a different kind and far apart: tool
 * calls that failed early, midway and late in a conversation of about 150 messages, a
 * follow-up turn that was aborted with a call still open, and an answer cut short by its
 * output limit (`incomplete_details`). What the problems chip steps through.
 */
const STEMS = [
  'Alpenrad',
  'Brennerwerk',
  'Cadenza',
  'Dynamo Nord',
  'Elbkette',
  'Fahrwerk Süd',
  'Gliwice Gear',
  'Hanse Spoke',
  'Iberia Frames',
  'Jura Brakes',
  'Kestrel Hubs',
  'Lagoon Cycle',
] as const
const KINDS = ['Components', 'Parts', 'Systems', 'Trading'] as const

type Supplier = { name: string; site: string; ceUntil: number; recall: string | null }

const suppliers: Supplier[] = KINDS.flatMap((kind, k) =>
  STEMS.map((stem, s): Supplier => {
    const i = k * STEMS.length + s
    const slug = `${stem}-${kind}`.toLowerCase().replace(/[^a-z]+/g, '-')
    return {
      name: `${stem} ${kind}`,
      site: `https://${slug}.example/compliance`,
      ceUntil: 2026 + (i % 4),
      recall: i % 7 === 3 ? `brake lever recall, batch ${2024 + (i % 2)}-${10 + i}` : null,
    }
  }),
)

const safetyGate = source(
  'src_problems-safety-gate',
  'https://ec.europa.eu/safety-gate-alerts/screen/webReport',
  'Safety Gate: the EU rapid alert system for dangerous non-food products',
)

function finding(supplier: Supplier): string {
  const recall = supplier.recall ? `recall found (${supplier.recall})` : 'no recalls since 2024'
  return `${supplier.name}: CE certificate valid until ${supplier.ceUntil}; ${recall}.`
}

/* Where the failures are: early, midway and late in the conversation, in different tools. */
const FAILED_READ = 1
const FAILED_SEARCH = 24
const FAILED_TABLE = 43

/* Two steps per supplier: a search, then its compliance page read (or its data sheet parsed). */
function supplierSteps(supplier: Supplier, i: number): UIMessage[] {
  const id = (n: number) => `msg_problems_t1_${String(i * 2 + n).padStart(3, '0')}`
  const search: UIPart =
    i === FAILED_SEARCH
      ? toolError(
          'web_search',
          `call_problems_search_${i}`,
          { query: `${supplier.name} CE certificate recall` },
          'HTTP 429 from the search provider: rate limit reached, try again in 60 s.',
        )
      : webSearch(`call_problems_search_${i}`, `${supplier.name} CE certificate recall`, [
          {
            title: `${supplier.name} – Compliance`,
            url: supplier.site,
            snippet: 'Declarations of conformity…',
          },
        ])
  const input = { url: supplier.site }
  const read: UIPart =
    i === FAILED_READ
      ? toolError(
          'read_page',
          `call_problems_read_${i}`,
          input,
          'HTTP 403 Forbidden: the page refuses automated readers.',
        )
      : i === FAILED_TABLE
        ? toolError(
            'extract_table',
            `call_problems_table_${i}`,
            { url: `${supplier.site}/datasheet.pdf`, table: 'certificates' },
            'Timed out after 120 s while parsing a 214-page PDF.',
          )
        : i % 5 === 2
          ? toolCall(
              'extract_table',
              `call_problems_table_${i}`,
              { url: `${supplier.site}/datasheet.pdf`, table: 'certificates' },
              { rows: [{ standard: 'EN ISO 4210', validUntil: `${supplier.ceUntil}-12-31` }] },
            )
          : toolCall('read_page', `call_problems_read_${i}`, input, {
              title: `${supplier.name} compliance`,
              ce: { validUntil: `${supplier.ceUntil}-12-31` },
            })
  const failed = i === FAILED_READ || i === FAILED_TABLE
  return [
    assistantMessage(id(1), [
      stepStart(),
      reasoning(`Supplier ${i + 1} of ${suppliers.length}.`),
      search,
    ]),
    assistantMessage(id(2), [
      stepStart(),
      read,
      text(
        failed
          ? `${supplier.name}: could not be checked, the page did not answer.`
          : finding(supplier),
      ),
    ]),
  ]
}

const firstTurn: UIMessage[] = [
  userMessage(
    'msg_problems_t1_000',
    `Check these ${suppliers.length} bike-part suppliers for a valid CE certificate and any product recall since 2024. One line per supplier.`,
  ),
  ...suppliers.flatMap(supplierSteps),
  assistantMessage('msg_problems_t1_999', [
    stepStart(),
    webSearch('call_problems_gate', 'Safety Gate bicycle brake lever recall 2024 2025', [
      {
        title: safetyGate.title ?? '',
        url: safetyGate.url,
        snippet: 'Alert 2025/0412: brake lever…',
      },
    ]),
    text(
      `Checked ${suppliers.length} suppliers: ${suppliers.filter((s) => s.recall).length} with a recall, 2 whose pages could not be read.`,
    ),
  ]),
]

/* The follow-up was stopped by the user while a page was still being read. */
const ISO_CHECKED = 11
const secondTurn: UIMessage[] = [
  userMessage(
    'msg_problems_t2_000',
    'Also check whether each of them holds an ISO 9001 certificate.',
  ),
  ...suppliers
    .slice(0, ISO_CHECKED)
    .map((supplier, i) =>
      assistantMessage(`msg_problems_t2_${String(i + 1).padStart(3, '0')}`, [
        stepStart(),
        toolCall(
          'read_page',
          `call_problems_iso_${i}`,
          { url: `${supplier.site}/iso-9001` },
          { iso9001: i % 4 !== 1, issuer: 'TÜV SÜD' },
        ),
      ]),
    ),
  assistantMessage('msg_problems_t2_099', [
    stepStart(),
    toolCall('read_page', 'call_problems_iso_open', {
      url: `${suppliers[ISO_CHECKED]?.site ?? ''}/iso-9001`,
    }),
  ]),
]

const tableRows = suppliers.map((s) => `| ${s.name} | ${s.ceUntil} | ${s.recall ?? 'none'} |`)
/* The answer stops mid-table: the output limit was reached. */
const cutAnswer = `# Supplier compliance, as far as checked

| Supplier | CE valid until | Recall since 2024 |
|---|---:|---|
${tableRows.slice(0, 23).join('\n')}
| ${suppliers[23]?.name ?? ''} | ${suppliers[23]?.ceUntil ?? ''}`

const recalled = suppliers.filter((s) => s.recall)
const thirdTurn: UIMessage[] = [
  userMessage(
    'msg_problems_t3_000',
    'Stop the ISO check. Double-check the suppliers with a recall, then give me everything as one table.',
  ),
  ...recalled.map((supplier, i) =>
    assistantMessage(`msg_problems_t3_${String(i + 1).padStart(3, '0')}`, [
      stepStart(),
      i === recalled.length - 2
        ? toolError(
            'read_page',
            `call_problems_reread_${i}`,
            { url: supplier.site },
            'Connection reset by peer after 3 attempts.',
          )
        : toolCall('read_page', `call_problems_reread_${i}`, { url: supplier.site }, { ok: true }),
    ]),
  ),
  assistantMessage('msg_problems_t3_099', [stepStart(), text(cutAnswer)]),
]

function problemsTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-16T07:30:00Z'),
    status: 'completed',
    messages: [...firstTurn, ...secondTurn, ...thirdTurn],
    outputText: cutAnswer,
    sources: [
      safetyGate,
      ...suppliers
        .slice(0, 6)
        .map((s, i) => source(`src_problems-${i}`, s.site, `${s.name} – Compliance`)),
    ],
    files: [],
    structuredOutput: null,
    usage: { credits: 6420, durationMs: 1_380_000 },
    error: null,
    incompleteDetails: { reason: 'max_output_tokens' },
    metadata: { scenario: 'problems' },
  }
}

export function problemsScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-problems', spec: problemsTask }])
}
