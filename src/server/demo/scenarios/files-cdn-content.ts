import type { DemoFile } from '../demo-files'
import { textFile } from '../demo-files'
import { onePagePdf } from '../one-page-pdf'

/* The files of wrk_demo-files-cdn: one of each kind the inspector previews. */

// A 160×96 bar chart: four bars over grid lines (an indexed-colour PNG).
const CHART_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAKAAAABgCAMAAACt+YmrAAAAFVBMVEX////i6PANlIhPRuXZdwbhHUgzQVU4vPCsAAAAhElEQVR42u3X2wmAMBREwfjsv2QrWFAh5BrnFCATrj/bmiRJkiQNbOnUHnr6nW4PT8AylwEEBAT8KnANAQICAgIC3tskCVhmkzgxICAgICAg4PzALQQIOCXwzSZJwDKbxIkBAQEBfwI8QoCAgICAXwKO3CQJWGaT+AcBAX8BPIvXJKlvF5MxO2kBwJLLAAAAAElFTkSuQmCC'

function base64File(name: string, mediaType: string, base64: string): DemoFile {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return { name, mediaType, bytes }
}

export const chartPng = base64File('dealer-sales-by-quarter.png', 'image/png', CHART_PNG)

export const briefPdf: DemoFile = {
  name: 'launch-brief.pdf',
  mediaType: 'application/pdf',
  bytes: onePagePdf([
    'Launch brief: family cargo e-bike',
    'Target list price: EUR 5,490 (dealer margin 32%).',
    'Launch markets: Germany, the Netherlands, Denmark.',
    'Dealer sales grew in every quarter of 2026 (see the chart).',
    'Open question: leasing partner for the German market.',
  ]),
}

export const surveyCsv = textFile(
  'Dealer survey responses by region and month, final and cleaned for the launch review.csv',
  'text/csv',
  `region,month,dealers_asked,interested,top_concern
North,2026-04,24,17,Storage space in the shop
North,2026-05,22,16,Test-ride logistics
South,2026-04,31,25,Leasing partners
South,2026-05,29,21,Delivery times
West,2026-04,18,11,Price point
West,2026-05,20,15,Spare parts
`,
)

export const forecastJson = textFile(
  'segment-forecast.json',
  'application/json',
  `${JSON.stringify(
    {
      segment: 'family cargo e-bikes',
      currency: 'EUR',
      years: {
        2026: { units: 41000, revenue: 205000000 },
        2027: { units: 47500, revenue: 242000000 },
      },
      assumptions: ['leasing share stays above 40%', 'no new subsidy schemes'],
    },
    null,
    2,
  )}\n`,
)

export const checklistMd = textFile(
  'launch-checklist.md',
  'text/markdown',
  `# Launch checklist

1. **Dealers**: confirm the twelve launch dealers and their demo bikes.
2. **Leasing**: sign one partner per market.
3. **Service**: stock spare batteries and brake pads at every dealer.

| Market | Dealers | Leasing partner |
|---|---:|---|
| Germany | 6 | open |
| Netherlands | 4 | Lease a Bike |
| Denmark | 2 | open |
`,
)

export const notesTxt = textFile(
  'field-notes.txt',
  'text/plain',
  `Field notes from three dealer visits

- Shops want a floor model before they order.
- Families ask first about the rain cover and the second seat.
- Two dealers would stock spare batteries if the margin covers storage.
`,
)
