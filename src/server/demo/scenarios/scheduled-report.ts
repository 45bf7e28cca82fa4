import {
  assistantMessage,
  citations,
  reasoning,
  stepStart,
  text,
  toolCall,
  toolError,
  type UIPart,
  userMessage,
} from '../messages'
import { formatNumber } from '@/lib/format'
import { madridDayLabel, madridIsoDay } from '../worker-life/madrid-time'
import { source, type WireSource, type WorkerSpec } from '../wire'
import { type PriceLine, type RunFacts, runFacts } from './scheduled-runs'

/* The Worker of one run of the price watch, built only when that run is asked for. */
export const PRICE_WATCH_INPUT =
  'Check today’s list prices of the family cargo bikes on our watch list on the makers’ own sites, and report every change since the last check.'

// Not toLocaleString, so every runtime writes the same answer: formatNumber writes its own digits.
const euros = (amount: number) => `€${formatNumber(amount)}`

function changeCell(line: PriceLine): string {
  if (line.priceEur === null) return 'not checked'
  if (line.changeEur === 0) return '–'
  const sign = line.changeEur < 0 ? '−' : '+'
  return `**${sign}${euros(Math.abs(line.changeEur))}**`
}

function headline(facts: RunFacts): string {
  const changed = facts.prices.filter((line) => line.changeEur !== 0)
  if (changed.length === 0) return 'No list-price changes since the last check.'
  const described = changed.map(
    (line) =>
      `${line.bike.brand} ${line.bike.model} ${line.changeEur < 0 ? 'down' : 'up'} ${euros(Math.abs(line.changeEur))} to ${euros(line.priceEur ?? line.lastKnownEur)}`,
  )
  return `${described.join('; ')}.`
}

function report(facts: RunFacts, startedAt: number): string {
  const rows = facts.prices.map(
    (line) =>
      `| ${line.bike.brand} | ${line.bike.model} | ${euros(line.priceEur ?? line.lastKnownEur)} | ${changeCell(line)} |`,
  )
  const notes = [
    ...facts.prices
      .filter((line) => line.priceEur === null && !facts.failure)
      .map(
        (line) =>
          `- ${line.bike.brand}’s site did not answer; the last price read (${euros(line.lastKnownEur)}) stands.`,
      ),
    ...facts.extras.map((extra) => `- ${extra.note}`),
  ]
  const cheapest = facts.prices.reduce((low, line) =>
    (line.priceEur ?? line.lastKnownEur) < (low.priceEur ?? low.lastKnownEur) ? line : low,
  )
  const body = facts.failure
    ? `The check stopped early. ${facts.failure.message}`
    : `${headline(facts)} Cheapest on the list: ${cheapest.bike.brand} ${cheapest.bike.model}.`
  return [
    `# Cargo-bike prices, ${madridDayLabel(startedAt)}`,
    '',
    body,
    '',
    '| Brand | Model | List price | Change |',
    '|---|---|---:|---:|',
    ...rows,
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
  ].join('\n')
}

function structuredOutput(facts: RunFacts, startedAt: number) {
  if (facts.failure) return null
  return {
    checkedOn: madridIsoDay(startedAt),
    currency: 'EUR',
    prices: facts.prices.map((line) => ({
      brand: line.bike.brand,
      model: line.bike.model,
      priceEur: line.priceEur,
      changeEur: line.changeEur,
    })),
    changes: facts.prices.filter((line) => line.changeEur !== 0).length,
    unreachable: facts.prices.filter((line) => line.priceEur === null).map((l) => l.bike.brand),
  }
}

function sourcesOf(facts: RunFacts): WireSource[] {
  const read = facts.prices
    .filter((line) => line.priceEur !== null)
    .map((line) => source(`src_sched-${line.bike.key}`, line.bike.url, line.bike.title))
  const extras = facts.extras.map((extra, index) =>
    source(`src_sched-extra-${index + 1}`, extra.url, extra.title),
  )
  return [...read, ...extras]
}

// What each read of a maker's page gave; a run that ran out of budget stops at the first unread.
function pageReads(facts: RunFacts, id: string): UIPart[] {
  const parts: UIPart[] = []
  for (const [index, line] of facts.prices.entries()) {
    const callId = `call_${id}_read_${index + 1}`
    const input = { url: line.bike.url }
    if (line.priceEur !== null) {
      parts.push(toolCall('read_page', callId, input, { listPriceEur: line.priceEur }))
    } else if (facts.failure?.code === 'budget_exceeded') {
      parts.push(toolError('read_page', callId, input, 'Budget exceeded.'))
      break
    } else {
      const why = facts.failure ? 'HTTP 403 Forbidden (bot filter)' : 'Timed out after 10 s'
      parts.push(toolError('read_page', callId, input, why))
    }
  }
  return parts
}

/** The Worker of run `run`, started at `startedAt` (ms). */
export function scheduledRunSpec(run: number, startedAt: number): WorkerSpec {
  const facts = runFacts(run)
  const id = `sched_${run}`
  const sources = sourcesOf(facts)
  const outputText = report(facts, startedAt)
  return {
    createdAt: Math.floor(startedAt / 1000),
    status: 'completed',
    messages: [
      userMessage(`msg_${id}_01`, PRICE_WATCH_INPUT),
      assistantMessage(`msg_${id}_02`, [
        stepStart(),
        reasoning(
          `${facts.prices.length} bikes on the watch list; read each maker’s page and compare with the last check.`,
        ),
        ...pageReads(facts, id),
        ...facts.extras.map((extra, index) =>
          toolCall('read_page', `call_${id}_extra_${index + 1}`, { url: extra.url }, { ok: true }),
        ),
        ...citations(sources),
        text(outputText),
      ]),
    ],
    outputText,
    sources,
    files: [],
    structuredOutput: structuredOutput(facts, startedAt),
    usage: { credits: facts.credits, durationMs: facts.durationMs },
    error: facts.failure ? { code: facts.failure.code, message: facts.failure.message } : null,
    incompleteDetails: facts.failure?.code === 'budget_exceeded' ? { reason: 'max_credits' } : null,
    metadata: { schedule: 'sch_demo-weekday-prices', run },
  }
}
