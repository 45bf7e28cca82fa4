import { served, textFile } from '../demo-files'
import { assistantMessage, citations, stepStart, text, userMessage, webSearch } from '../messages'
import { source, unixSeconds, type WorkerSpec } from '../wire'

/** The ordinary worker that the rate-limited and flaky scenarios return once they recover. */
const sources = [
  source('src_pw-urban-arrow', 'https://urbanarrow.com/family', 'Urban Arrow Family'),
  source('src_pw-tern', 'https://www.ternbicycles.com/bikes/gsd', 'GSD – Tern Bicycles'),
  source('src_pw-babboe', 'https://www.babboe.com/', null),
]

const report = `# Weekly price watch

No list-price changes this week.

| Brand | Model | List price | Change |
|---|---|---:|---:|
| Urban Arrow | Family | €6,149 | – |
| Tern | GSD S10 | €5,399 | – |
| Babboe | Curve Mountain | €4,299 | – |

- [x] Checked 3 brand sites
- [ ] Next check: next Monday
`

const csv = textFile(
  'price-watch.csv',
  'text/csv',
  'brand,model,list_price_eur,change_eur\nUrban Arrow,Family,6149,0\nTern,GSD S10,5399,0\nBabboe,Curve Mountain,4299,0\n',
)

export function priceWatchTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-13T07:00:00Z'),
    status: 'completed',
    messages: [
      userMessage('msg_pw_01', 'Check this week’s list prices of our three main competitors.'),
      assistantMessage('msg_pw_02', [
        stepStart(),
        webSearch(
          'call_pw_1',
          'Urban Arrow Family Tern GSD Babboe Curve price',
          sources.map((s) => ({ title: s.title ?? s.url, url: s.url, snippet: 'List price…' })),
        ),
        ...citations(sources),
        text('No price changes this week. Details below and in price-watch.csv.'),
      ]),
    ],
    outputText: report,
    sources,
    files: [served(csv)],
    structuredOutput: { changes: [], checked: 3 },
    usage: { credits: 1260, durationMs: 14200 },
    metadata: { schedule: 'weekly' },
  }
}
