import {
  citations,
  type SearchResult,
  stepStart,
  type UIPart,
  toolCall,
  webSearch,
} from '../messages'
import type { WireSource } from '../wire'
import { liveReportChunks } from './live-report'
import { liveSources as s } from './live-sources'

/** What the running worker has produced so far; each beat adds to it, never removes. */
export type LiveDraft = { parts: UIPart[]; sources: WireSource[]; outputText: string }

export type Beat = (draft: LiveDraft) => void

const think =
  (text: string, newStep = false): Beat =>
  (draft) => {
    if (newStep) draft.parts.push(stepStart())
    draft.parts.push({ type: 'reasoning', text, state: 'done' })
  }

/** Two beats: the call appears with its input, then its output and citations arrive. */
function search(id: string, query: string, found: WireSource[]): Beat[] {
  const results: SearchResult[] = found.map((src) => ({
    title: src.title ?? src.url,
    url: src.url,
    snippet: `Official information on ${src.title ?? 'this scheme'}.`,
  }))
  return [
    (draft) => {
      draft.parts.push(webSearch(id, query))
    },
    (draft) => {
      replacePart(draft, id, webSearch(id, query, results))
      draft.parts.push(...citations(found))
      draft.sources.push(...found)
    },
  ]
}

function tool(name: string, id: string, input: unknown, output: unknown): Beat[] {
  return [
    (draft) => {
      draft.parts.push(toolCall(name, id, input))
    },
    (draft) => {
      replacePart(draft, id, toolCall(name, id, input, output))
    },
  ]
}

const streamChunk =
  (chunk: string): Beat =>
  (draft) => {
    let part = draft.parts.find((p) => p.type === 'text')
    if (!part) {
      part = { type: 'text', text: '', state: 'streaming' }
      draft.parts.push(part)
    }
    part.text = `${part.text}${chunk}`
    draft.outputText += chunk
  }

function replacePart(draft: LiveDraft, toolCallId: string, part: UIPart) {
  const index = draft.parts.findIndex((p) => p.toolCallId === toolCallId)
  if (index >= 0) draft.parts[index] = part
}

const calculation = `cost = 15000
support = {"DE": 0.50 * cost, "IT": 0.50 * cost, "FR": 3000 + 2500, "NL": 2800}
for country, eur in sorted(support.items(), key=lambda kv: -kv[1]):
    print(country, eur, f"{eur / cost:.0%}")`

export const liveBeats: Beat[] = [
  (draft) => draft.parts.push(stepStart()),
  think(
    'Four countries with very different schemes. I will read each official scheme page, then normalise everything to one case: a €15,000 air-to-water heat pump replacing an old gas boiler.',
  ),
  ...search('call_live_de', 'KfW 458 Heizungsförderung Wärmepumpe Fördersatz', [s.kfw, s.bafa]),
  think('Germany: 30% base + 20% speed bonus + 30% income bonus, capped at 70% of €30,000.'),
  ...search('call_live_fr', 'MaPrimeRénov pompe à chaleur air eau montant', [
    s.franceRenov,
    s.anah,
  ]),
  ...search('call_live_it', 'ecobonus pompa di calore detrazione conto termico', [s.enea, s.gse]),
  think('Italy is a tax deduction over ten years; worth noting it is not cash up front.'),
  ...search('call_live_nl', 'ISDE warmtepomp subsidie bedrag lucht water', [
    s.rvo,
    s.milieuCentraal,
  ]),
  think('All four schemes found. Now compare them on the same case.', true),
  ...tool(
    'run_python',
    'call_live_python',
    { code: calculation },
    { stdout: 'DE 7500.0 50%\nIT 7500.0 50%\nFR 5500 37%\nNL 2800 19%\n', exitCode: 0 },
  ),
  ...tool(
    'write_file',
    'call_live_write',
    { path: 'heat-pump-subsidies.csv' },
    { path: 'heat-pump-subsidies.csv', status: 'published' },
  ),
  // Paragraph-sized pieces, so the answer visibly grows over several polls.
  ...liveReportChunks.flatMap((chunk) => chunk.split(/(?<=\n\n)/)).map(streamChunk),
]
