import { userMessage } from '../messages'
import { seededRandom } from '../random'
import { type Scenario, taskScenario } from '../scenario'
import { unixSeconds, type WorkerSpec } from '../wire'
import { sentence } from './large-text'

/*
 * An answer of thousands of one-line blockquotes separated by blank lines. The Markdown parser
 * (micromark, under react-markdown) takes time that grows faster than the text. Measured in Node
 * (mdast-util-from-markdown with GFM), 1,000 / 2,000 / 4,000 / 8,000 such quotes took about
 * 0.4 / 0.9 / 5.2 / 13.2 s, against 0.3 / 0.4 / 0.6 / 1.3 s for as many plain paragraphs; lines
 * alternating "> quote" and plain text grow far less (0.2 / 0.7 / 1.1 / 3.1 s).
 * A page must not freeze on it.
 */
export const BLOCKQUOTE_COUNT = 3000

export const BLOCKQUOTE_MARKERS = {
  answerStart: 'Quoted findings, one quote per line',
  answerEnd: 'This line closes the quoted findings',
} as const

/** Pure and deterministic. */
export function blockquotesAnswer(count = BLOCKQUOTE_COUNT): string {
  const random = seededRandom(20261129)
  const quotes = Array.from({ length: count }, (_, i) => `> ${i + 1}. ${sentence(random, 3)}`)
  return `${BLOCKQUOTE_MARKERS.answerStart}\n\n${quotes.join('\n\n')}\n\n${BLOCKQUOTE_MARKERS.answerEnd}.\n`
}

let cached: WorkerSpec | undefined

function blockquotesWorker(): WorkerSpec {
  cached ??= {
    createdAt: unixSeconds('2026-11-02T06:00:00Z'),
    status: 'completed',
    messages: [userMessage('msg_blockquotes_user', 'Quote every finding on its own line.')],
    outputText: blockquotesAnswer(),
    sources: [],
    files: [],
    structuredOutput: null,
    usage: { credits: 1200, durationMs: 60_000 },
    metadata: { scenario: 'blockquotes' },
  }
  return cached
}

export function blockquotesScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-blockquotes', spec: blockquotesWorker }])
}
