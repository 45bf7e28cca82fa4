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
import {
  leaseCalculatorPy,
  priceLadderMd,
  pricingCsv,
  pricingReport,
} from './research-pricing-report'
import { researchSources as s } from './research-sources'

const files = {
  csv: textFile('pricing-matrix.csv', 'text/csv', pricingCsv),
  ladder: textFile('price-ladder.md', 'text/markdown', priceLadderMd),
  calculator: textFile('lease-calculator.py', 'text/x-python', leaseCalculatorPy),
}

const sources = [s.urbanArrow, s.rieseMuller, s.tern, s.babboe, s.jobrad, s.leaseABike]

const messages = [
  userMessage(
    'msg_prc_01',
    'Our bill of materials is €2,350 and dealers want about 32%. Compare competitor list prices and recommend a launch price between €4,990 and €5,990. Show what it means as a monthly leasing rate.',
  ),
  assistantMessage('msg_prc_02', [
    stepStart(),
    reasoning(
      'Need current German list prices including the accessories families actually buy (rain cover, second seat), otherwise the comparison flatters the cheaper brands.',
    ),
    webSearch('call_prc_search_1', 'Urban Arrow Family Preis 2026 Regenverdeck', [
      {
        title: s.urbanArrow.title ?? s.urbanArrow.url,
        url: s.urbanArrow.url,
        snippet: 'Family — from €6,149. Rain tent and second bench available as accessories.',
      },
    ]),
    toolCall(
      'read_page',
      'call_prc_read_1',
      { url: s.tern.url },
      { title: s.tern.title, excerpt: 'GSD S10 — €5,399. Carries two kids on the rear rack.' },
    ),
    toolCall(
      'read_page',
      'call_prc_read_2',
      { url: s.babboe.url },
      { title: null, excerpt: 'Curve Mountain — €4,299.' },
    ),
    ...citations([s.urbanArrow, s.rieseMuller, s.tern, s.babboe]),
    stepStart(),
    reasoning('Margins: price ÷ 1.19 VAT × 0.68 after the dealer − €2,350.'),
    toolCall(
      'run_python',
      'call_prc_python_1',
      { code: 'for p in (4990, 5490, 5990): print(p, round(p / 1.19 * 0.68 - 2350, 2))' },
      { stdout: '4990 501.43\n5490 787.14\n5990 1072.86\n', exitCode: 0 },
    ),
    webSearch('call_prc_search_2', 'Dienstrad Leasingfaktor 2026', [
      {
        title: s.jobrad.title ?? s.jobrad.url,
        url: s.jobrad.url,
        snippet: 'Die monatliche Rate hängt vom Listenpreis und dem Leasingfaktor ab…',
      },
      { title: 'Lease a Bike', url: s.leaseABike.url, snippet: 'Fiets leasen via je werkgever…' },
    ]),
    ...citations([s.jobrad, s.leaseABike]),
    toolCall(
      'write_file',
      'call_prc_write_1',
      { path: 'pricing-matrix.csv' },
      { path: 'pricing-matrix.csv', bytes: files.csv.bytes.byteLength },
    ),
    text(
      'I recommend €5,490: 11% under Urban Arrow with about €790 margin per bike, or roughly €159 a month on a company-bike lease. The numbers are in pricing-matrix.csv.',
    ),
  ]),
]

const structuredOutput = {
  recommendedPriceEur: 5490,
  assumptions: { bomEur: 2350, dealerMarginPct: 32, vatPct: 19, leasingFactorPct: 2.9 },
  ladder: [
    { priceEur: 4990, vsUrbanArrowPct: -18.8, marginEur: 501.43, monthlyLeaseEur: 144.71 },
    { priceEur: 5490, vsUrbanArrowPct: -10.7, marginEur: 787.14, monthlyLeaseEur: 159.21 },
    { priceEur: 5990, vsUrbanArrowPct: -2.6, marginEur: 1072.86, monthlyLeaseEur: 173.71 },
  ],
  openQuestions: ['Dutch dealer margins', 'Second battery price'],
}

export function pricingTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-10T14:03:05Z'),
    status: 'completed',
    messages,
    outputText: pricingReport,
    sources,
    files: [served(files.csv), served(files.ladder), served(files.calculator, null)],
    structuredOutput,
    usage: { credits: 8420, durationMs: 61500 },
    metadata: { project: 'velora-launch', requestedBy: 'finance@velora.example' },
  }
}
