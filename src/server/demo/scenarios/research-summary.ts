import { served, textFile } from '../demo-files'
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
import { unixSeconds, type WorkerSpec } from '../wire'
import { researchSources as s } from './research-sources'

const FENCE = '```'

const report = `# Launch brief: summary and research plan

## The brief in five lines

- **Product:** a front-box family cargo e-bike, two-child box, mid-drive motor, 500 Wh.
- **Launch:** spring 2027, one European market first.
- **Target buyer:** urban parents aged 30–45 replacing a second car.
- **Ambition:** 5,000 bikes in year three.
- **Constraint:** no own retail; sell through dealers and leasing companies.

## Why now

The [European Declaration on Cycling](${s.cyclingDeclaration.url}) commits EU institutions to
more cycling infrastructure, and industry bodies such as [CONEBI](${s.conebi.url}) and the
[ECF](${s.ecf.url}) report cargo bikes as one of the strongest growth categories.

## Research plan

| # | Question | Method | Owner | Due |
|---:|---|---|---|---|
| 1 | How big is each candidate market? | National sales data, dealer calls | Research worker | 14 Jul |
| 2 | Who are we up against, at what price? | Brand sites, price crawl | Research worker | 10 Jul |
| 3 | What price clears our margin target? | Margin model | Finance | 10 Jul |
| 4 | Which leasing partners will list us? | Partner interviews | Sales | 31 Jul |

${FENCE}yaml
success_criteria:
  market_size: "SAM per market, units per year, ±20%"
  competitors: "at least 6 brands with list prices"
  price: "one recommended list price with margin per bike"
deadline: 2026-07-31
${FENCE}

## Checklist

- [x] Summarise the brief
- [x] Agree the four research questions
- [ ] Book dealer interviews (3 DE, 2 NL)
- [ ] Share the plan with the board
`

const files = {
  plan: textFile('research-plan.md', 'text/markdown', report),
  questions: textFile(
    'open-questions.csv',
    'text/csv',
    'id,question,owner,status\n1,Market size per country,research,open\n2,Competitor price points,research,open\n3,Launch price,finance,open\n4,Leasing partners,sales,open\n',
  ),
  guide: textFile(
    'dealer-interview-guide.txt',
    'text/plain',
    'Dealer interview guide\n\n1. Which cargo bikes sold best this year, and why?\n2. What margin do you expect on a €5,000–€6,000 bike?\n3. How many of your buyers lease through their employer?\n4. What makes you take on a new brand?\n',
  ),
}

const sources = [s.cyclingDeclaration, s.conebi, s.ecf, s.ziv]

const messages = [
  userMessage(
    'msg_sum_01',
    'Here is our launch brief: front-box family cargo e-bike, launch spring 2027 in one EU market, 5,000 bikes in year three, sold through dealers and leasing only. Summarise it and turn it into a research plan with owners and dates.',
  ),
  assistantMessage('msg_sum_02', [
    stepStart(),
    reasoning(
      'The brief is short; the useful part is turning it into answerable questions. A quick check of the policy context gives the "why now" section some grounding.',
    ),
    webSearch('call_sum_search_1', 'European Declaration on Cycling cargo bikes', [
      {
        title: s.cyclingDeclaration.title ?? s.cyclingDeclaration.url,
        url: s.cyclingDeclaration.url,
        snippet: 'The declaration sets out commitments to boost cycling across the EU…',
      },
      { title: 'European Cyclists’ Federation', url: s.ecf.url, snippet: 'Cargo bikes…' },
    ]),
    ...citations(sources),
    toolCall(
      'write_file',
      'call_sum_write_1',
      { path: 'research-plan.md' },
      { path: 'research-plan.md', bytes: files.plan.bytes.byteLength },
    ),
    text(
      'Here is the summary and a four-question research plan. I also drafted a dealer interview guide.',
    ),
  ]),
]

export function summaryTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-08T08:30:00Z'),
    status: 'completed',
    messages,
    outputText: report,
    sources,
    files: [served(files.plan), served(files.questions), served(files.guide, null)],
    structuredOutput: {
      brief: { product: 'family cargo e-bike', launch: '2027-03', yearThreeUnits: 5000 },
      questions: [
        { id: 1, topic: 'market size', owner: 'research', due: '2026-07-14' },
        { id: 2, topic: 'competitors', owner: 'research', due: '2026-07-10' },
        { id: 3, topic: 'price', owner: 'finance', due: '2026-07-10' },
        { id: 4, topic: 'leasing partners', owner: 'sales', due: '2026-07-31' },
      ],
    },
    usage: { credits: 2180, durationMs: 24800 },
    metadata: { project: 'velora-launch' },
  }
}
