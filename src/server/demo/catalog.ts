/*
 * The demo workers listed on the home page. Kept free of scenario imports so the client bundle
 * stays small.
 */
export type DemoCatalogEntry = {
  workerId: string
  title: string
  summary: string
  /** The worker's tasks, latest first. */
  taskIds: string[]
  kind: 'worker' | 'error'
}

export const demoCatalog: DemoCatalogEntry[] = [
  {
    workerId: 'wrk_demo-live',
    title: 'Heat-pump subsidies (live)',
    summary:
      'Watch a research task run: it compares heat-pump subsidies in four EU countries and finishes in about 20 seconds.',
    taskIds: ['tsk_demo-live'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-research',
    title: 'Cargo e-bike market research',
    summary:
      'A finished worker with three tasks: market sizing, pricing and the research plan, with sources, files and structured output.',
    taskIds: ['tsk_demo-market', 'tsk_demo-pricing', 'tsk_demo-summary'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-failed',
    title: 'Owner review analysis (out of credits)',
    summary: 'A task that stopped when it ran out of budget, with an error and partial output.',
    taskIds: ['tsk_demo-reviews'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-followups',
    title: 'Bikes on trains (three turns)',
    summary:
      'A task continued twice: three questions and answers, with per-turn timing and credits.',
    taskIds: ['tsk_demo-followups'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-legacy',
    title: 'Newsletter draft (April API shape)',
    summary: 'A worker in the older API shape: token usage, cost breakdown, no dashboard URL.',
    taskIds: ['tsk_demo-legacy'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-large',
    title: 'Retail index (very large)',
    summary: '2,000 messages, 300 sources, 100 files and a 300 KB report, to test performance.',
    taskIds: ['tsk_demo-large'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-huge',
    title: 'Huge run (benchmark)',
    summary:
      'A 1 MB answer, 2,000 messages, 300 sources, 100 files and a 2,000-key structured output: what the benchmark opens.',
    taskIds: ['tsk_demo-huge'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-huge-running',
    title: 'Huge run, still going (benchmark)',
    summary: 'The huge run while it is running: it polls every 2 seconds and nothing ever changes.',
    taskIds: ['tsk_demo-huge-running'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-blockquotes',
    title: 'Thousands of blockquotes (benchmark)',
    summary:
      'An answer made of thousands of separate blockquotes, the input that makes the Markdown parser slow.',
    taskIds: ['tsk_demo-blockquotes'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-hostile',
    title: 'Hostile content',
    summary:
      'Content written by an attacker: scripts, javascript: links, tracking images and malformed messages.',
    taskIds: ['tsk_demo-hostile'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-hostile-huge',
    title: 'Hostile content (huge)',
    summary:
      'A 5 MB answer without a blank line, 1 MB of markdown in a message and thousands of separate blockquotes.',
    taskIds: ['tsk_demo-hostile-huge'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-ratelimited',
    title: 'Rate limited',
    summary: 'The first request gets 429 with Retry-After: 3, then the worker loads.',
    taskIds: ['tsk_demo-ratelimited'],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-flaky',
    title: 'Flaky server',
    summary: 'The first two requests fail with 500, then the worker loads.',
    taskIds: ['tsk_demo-flaky'],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-unauthorized',
    title: 'Invalid API key',
    summary: 'Every request is rejected with 401.',
    taskIds: [],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-forbidden',
    title: 'No access',
    summary: 'The key is valid but cannot see this worker: 403.',
    taskIds: [],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-broken',
    title: 'Broken response',
    summary: 'A 200 response labelled JSON whose body is an HTML error page.',
    taskIds: [],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-fault-5xx-burst',
    title: 'Server errors, then recovery',
    summary:
      'Four 5xx answers in a row (500, 502, 503, 504), retried with backoff, then the worker loads.',
    taskIds: [],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-fault-401-after-data',
    title: 'Key revoked while watching',
    summary:
      'A running worker loads, then every poll gets 401: polling stops and the data is dropped.',
    taskIds: [],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-fault-cut-body',
    title: 'Response cut off',
    summary: 'The first answer breaks off half-way; it is tried again and loads.',
    taskIds: [],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-fault-cut-always',
    title: 'Response always cut off',
    summary:
      'Every answer stops half-way through its JSON: three tries, then a final error with its size.',
    taskIds: [],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-fault-drift',
    title: 'Schema drift',
    summary:
      'An unknown status and fields of the wrong type: shown as unknown, never as completed.',
    taskIds: [],
    kind: 'error',
  },
  {
    workerId: 'wrk_demo-files-cdn',
    title: 'Launch pack (files on another host)',
    summary:
      'Six files on a storage host, one of each kind: an image, a PDF, CSV, JSON, Markdown and text, previewed through the server.',
    taskIds: ['tsk_demo-files-cdn'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-footnotes',
    title: 'Protected bike lanes (footnote citations)',
    summary:
      'An answer citing its sources as models write them, [^1] and [2]: each marker leads to its source, and each source back to where it is cited.',
    taskIds: ['tsk_demo-footnotes'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-extra-fields',
    title: 'Depot check (fields beyond the answer)',
    summary:
      'A response with an ID of its own, output items besides the answer (a refusal, tool calls, an image) and top-level fields the inspector does not know.',
    taskIds: ['tsk_demo-extra-fields'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-long-running',
    title: 'Dealer network crawl (running for days)',
    summary:
      'A worker created three days ago and still running: its clock since created and its compute time so far differ by days.',
    taskIds: ['tsk_demo-long-running'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-scheduled',
    title: 'Daily cargo-bike price watch',
    summary:
      'A worker that runs every weekday at 07:00 (Madrid): 130 runs delivered to a webhook, some deliveries and two runs failed, four kinds of schedule. Pick two runs to compare their prices.',
    taskIds: ['tsk_demo-scheduled-130', 'tsk_demo-scheduled-129'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-problems',
    title: 'Supplier compliance sweep (several problems)',
    summary:
      'A long run where things went wrong: failed tool calls far apart, an aborted follow-up and an answer cut short. Step through them with the problems chip or e.',
    taskIds: ['tsk_demo-problems'],
    kind: 'worker',
  },
  {
    workerId: 'wrk_demo-big',
    title: 'Big run (benchmark)',
    summary:
      'The huge run at about 1 MB of JSON: a 240 KB answer, 1,000 messages, 300 sources, 100 files and a 2,000-key structured output.',
    taskIds: ['tsk_demo-big'],
    kind: 'worker',
  },
]
