import {
  assistantMessage,
  citations,
  reasoning,
  stepStart,
  text,
  toolCall,
  userMessage,
  webSearch,
} from '../messages'
import { type Scenario, taskScenario } from '../scenario'
import { source, type WorkerSpec } from '../wire'

/*
 * A worker that has been running for days: a crawl of every dealer in three countries, still
 * reading pages. Its clock (since created) and its usage (compute time and credits so far)
 * disagree by days, which is what a long-running watch looks like. It never finishes: every
 * poll says running, with the same body.
 */
export const LONG_RUNNING_AGE_MS = ((3 * 24 + 4) * 60 + 12) * 60_000

const sources = [
  source('src_long-ziv', 'https://www.ziv-zweirad.de/haendlersuche/', 'ZIV dealer directory'),
  source('src_long-bovag', 'https://www.bovag.nl/leden', 'BOVAG members'),
  source('src_long-fub', 'https://www.fub.fr/velociste', null),
]

// A wide table on purpose: on a phone it scrolls sideways inside the answer.
const progress = `# Dealer network crawl: progress so far

Crawling every cargo-bike dealer in Germany, the Netherlands and France. Pages are read
politely (one request every 20 s per site), so a full pass takes several days.

| Country | Directory | Dealers found | Pages read | Cargo brands stocked | Test rides offered | Service contracts | Last page read |
|---|---|---:|---:|---|---|---|---|
| Germany | ZIV dealer directory | 1,412 | 9,870 | Urban Arrow, Riese & Müller, Tern, Babboe | 61% | 38% | Leipzig, page 212 |
| Netherlands | BOVAG members | 688 | 4,102 | Urban Arrow, Babboe, Bakfiets.nl | 74% | 52% | Utrecht, page 96 |
| France | FUB vélocistes | 203 | 1,318 | Tern, Douze, Yuba | 43% | 21% | Lyon, page 18 |

The French directory is still being read; the summary follows when the crawl ends.
`

const messages = [
  userMessage(
    'msg_long_01',
    'Crawl every cargo-bike dealer in Germany, the Netherlands and France: brands stocked, test rides, service contracts. Keep going until every directory page is read.',
  ),
  assistantMessage('msg_long_02', [
    stepStart(),
    reasoning('Three national directories. Read them slowly so no site blocks the crawl.'),
    webSearch('call_long_search_1', 'cargo bike dealer directory Germany Netherlands France', [
      { title: 'ZIV dealer directory', url: sources[0]?.url ?? '', snippet: 'Händlersuche…' },
    ]),
    toolCall(
      'read_directory',
      'call_long_read_de',
      { url: 'https://www.ziv-zweirad.de/haendlersuche/', pages: 'all' },
      { dealers: 1412, pages: 9870 },
    ),
    toolCall(
      'read_directory',
      'call_long_read_nl',
      { url: 'https://www.bovag.nl/leden', pages: 'all' },
      { dealers: 688, pages: 4102 },
    ),
    ...citations(sources),
    text('Germany and the Netherlands are done. Reading the French directory now.'),
    stepStart(),
    // Still under way: no output yet.
    toolCall('read_directory', 'call_long_read_fr', {
      url: 'https://www.fub.fr/velociste',
      pages: 'all',
    }),
  ]),
]

export function longRunningScenario(now: () => number): Scenario {
  // Fixed at the first look, so every later poll brings the same body (and a 304).
  let spec: WorkerSpec | undefined
  const build = (): WorkerSpec => ({
    createdAt: Math.floor((now() - LONG_RUNNING_AGE_MS) / 1000),
    status: 'running',
    messages,
    outputText: progress,
    sources,
    files: [],
    structuredOutput: null,
    // Compute time and credits so far, far less than the time since it was created.
    usage: { credits: 3180, durationMs: 47 * 60_000 },
    metadata: { scenario: 'long-running' },
  })
  return taskScenario([
    {
      taskId: 'tsk_demo-long-running',
      spec: () => {
        spec ??= build()
        return spec
      },
    },
  ])
}
