import { assistantMessage, stepStart, text, userMessage, webSearch } from '../messages'
import { type Scenario, taskScenario } from '../scenario'
import { source, unixSeconds, type WorkerSpec } from '../wire'

/** A task continued twice: three turns, each a follow-up question on the one before. */
const sources = [
  source('src_fu-db', 'https://www.bahn.de/angebot/regio/fahrrad', 'Bikes on regional trains – DB'),
  source(
    'src_fu-ns',
    'https://www.ns.nl/en/travel-information/bicycle.html',
    'Taking your bike – NS',
  ),
]

const answers = [
  `Yes. A **cargo e-bike** may travel on German regional trains where there is room, with a bike ticket (€6.50 a day in most states). Long-distance ICE trains do not take cargo bikes.`,
  `In the Netherlands, NS trains take folding bikes free; full-size bikes need a **€7.90 day ticket** and are not allowed in rush hours (6:30–9:00 and 16:30–18:00 on weekdays). Cargo bikes are refused on most trains.`,
  `## Summary

| Country | Regional trains | Ticket | Cargo bikes |
|---|---|---:|---|
| Germany | yes, if room | €6.50/day | allowed on regional trains |
| Netherlands | off-peak only | €7.90/day | mostly refused |

For a trip with a cargo bike, plan the German leg by regional train and ride across the Dutch border.`,
]

function followUpsTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-15T08:20:00Z'),
    status: 'completed',
    messages: [
      userMessage('msg_fu_01', 'Can I take a cargo e-bike on German trains?'),
      assistantMessage('msg_fu_02', [
        stepStart(),
        webSearch('call_fu_1', 'Lastenrad Regionalzug Mitnahme'),
        text(answers[0] ?? ''),
      ]),
      userMessage('msg_fu_03', 'And in the Netherlands?'),
      assistantMessage('msg_fu_04', [stepStart(), text(answers[1] ?? '')]),
      userMessage('msg_fu_05', 'Summarise both in a table.'),
      assistantMessage('msg_fu_06', [stepStart(), text(answers[2] ?? '')]),
    ],
    outputText: answers[2] ?? '',
    sources,
    files: [],
    structuredOutput: null,
    usage: { credits: 2000, durationMs: 41_000 },
    metadata: { scenario: 'follow-ups' },
  }
}

export function followUpsScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-followups', spec: followUpsTask }])
}
