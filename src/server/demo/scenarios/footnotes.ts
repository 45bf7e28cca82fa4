import { assistantMessage, citations, stepStart, text, userMessage, webSearch } from '../messages'
import { type Scenario, taskScenario } from '../scenario'
import { source, unixSeconds, type WorkerSpec } from '../wire'

/*
 * An answer that cites its sources the way models write them: footnote calls ([^1]), bracket
 * markers ([2], [1][3]), and a footnote whose note gives the address ([^survey]). Next to them,
 * brackets that are no citations: a number beyond the sources, an index, code.
 */
const sources = [
  source(
    'src_fn-cities',
    'https://journals.example/transport-health/protected-lanes-12-cities',
    'Protected lanes and road deaths in 12 cities, 13 years',
  ),
  source(
    'src_fn-review',
    'https://evidence.example/reviews/cycle-infrastructure',
    'Cycle infrastructure and injury risk: a systematic review',
  ),
  source(
    'src_fn-painted',
    'https://safety-institute.example/reports/painted-vs-protected',
    'Painted or protected? Before-and-after crash counts',
  ),
  source(
    'src_fn-survey',
    'https://city.example/transport/cycling-survey-2025',
    'Cycling survey 2025 – City of Example',
  ),
  source('src_fn-press', 'https://press.example/news/bike-lane-debate', null),
]

const FENCE = '```'

const answer = `# Do protected bike lanes make streets safer?

**Yes, for everyone using the street.** Cities that built protected lanes saw fewer serious injuries, and not only among people on bikes[^1].

## What the studies found

- Across 12 cities and 13 years, separated and protected lanes went with lower death rates for all road users [1][3].
- Painted lanes without a physical barrier showed no such effect[^3].
- Where lanes joined up into a network, more people cycled, which lowers the risk of each trip ("safety in numbers") [2].
- Most people who would like to cycle name fear of traffic as what stops them[^survey].

| Lane type | Change in serious injuries | Source |
|---|---:|---|
| Protected | −44% | [1] |
| Painted | about 0% | [^3] |

## Caveats

Before-and-after studies cannot rule out other changes made at the same time; the review [2] rates most of the evidence as moderate. A figure such as [7] names no source of this run, and an index like lanes[1] is no citation either:

${FENCE}python
lanes = ["painted", "protected"]
print(lanes[1])  # [2] in code is code
${FENCE}

[^survey]: City of Example, *Cycling survey 2025*, https://city.example/transport/cycling-survey-2025
`

function footnotesTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-21T09:40:00Z'),
    status: 'completed',
    messages: [
      userMessage('msg_fn_01', 'Do protected bike lanes make streets safer? Cite your sources.'),
      assistantMessage('msg_fn_02', [
        stepStart(),
        webSearch('call_fn_1', 'protected bike lanes injury rates study'),
        text('The systematic review [2] is the broadest source; I will start there.'),
        stepStart(),
        text(answer),
        ...citations(sources.slice(0, 4)),
      ]),
    ],
    outputText: answer,
    sources,
    files: [],
    structuredOutput: null,
    usage: { credits: 640, durationMs: 38_000 },
    metadata: { scenario: 'footnotes' },
  }
}

export function footnotesScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-footnotes', spec: footnotesTask }])
}
