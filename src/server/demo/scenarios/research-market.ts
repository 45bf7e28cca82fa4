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
  competitorsCsv,
  marketBrief,
  marketReport,
  marketSizingJson,
} from './research-market-report'
import { researchSources as s } from './research-sources'

const files = {
  csv: textFile('cargo-ebike-competitors.csv', 'text/csv', competitorsCsv),
  brief: textFile('market-brief.md', 'text/markdown', marketBrief),
  sizing: textFile('market-sizing.json', 'application/json', marketSizingJson),
}

const sources = [
  s.ziv,
  s.bovag,
  s.conebi,
  s.urbanArrow,
  s.rieseMuller,
  s.tern,
  s.babboe,
  s.bullitt,
  s.cargobikeJetzt,
  s.jobrad,
]

const messages = [
  userMessage(
    'msg_mkt_01',
    'We are planning to launch a front-box family cargo e-bike in 2027. Size the market in Germany, the Netherlands and France, map the main competitors by price band, and recommend where to launch first. Publish the competitor table as a CSV.',
  ),
  assistantMessage('msg_mkt_02', [
    stepStart(),
    reasoning(
      'Three markets, two deliverables (sizing + competitor map). Start with national sales statistics, then brand pages for prices. Leasing matters in Germany, so check the company-bike channel too.',
    ),
    webSearch('call_mkt_search_1', 'cargo e-bike sales 2025 Germany ZIV Lastenrad', [
      {
        title: s.ziv.title ?? s.ziv.url,
        url: s.ziv.url,
        snippet: 'E-cargo bikes remain the fastest-growing category among e-bikes sold in Germany…',
      },
      {
        title: s.cargobikeJetzt.title ?? s.cargobikeJetzt.url,
        url: s.cargobikeJetzt.url,
        snippet: 'Händler berichten von stabiler Nachfrage nach Familien-Lastenrädern…',
      },
    ]),
    ...citations([s.ziv, s.cargobikeJetzt]),
    webSearch('call_mkt_search_2', 'bakfiets verkoop 2025 Nederland BOVAG', [
      {
        title: 'BOVAG',
        url: s.bovag.url,
        snippet: 'Verkoop van elektrische bakfietsen stabiliseert na jaren van groei…',
      },
    ]),
    ...citations([s.bovag, s.conebi]),
    stepStart(),
    reasoning(
      'Volumes are in hand. Now the competitor price points: Urban Arrow, Riese & Müller, Tern, Babboe and Bullitt cover the premium, core and value bands.',
    ),
    toolCall(
      'read_page',
      'call_mkt_read_1',
      { url: s.urbanArrow.url },
      {
        title: s.urbanArrow.title,
        excerpt: 'Family — from €6,149. Bosch Cargo Line motor, 500 Wh.',
      },
    ),
    toolCall(
      'read_page',
      'call_mkt_read_2',
      { url: s.rieseMuller.url },
      { title: s.rieseMuller.title, excerpt: 'Load4 75 — from €7,899. Full suspension.' },
    ),
    ...citations([s.urbanArrow, s.rieseMuller, s.tern, s.babboe, s.bullitt]),
    stepStart(),
    toolCall(
      'write_file',
      'call_mkt_write_1',
      { path: 'cargo-ebike-competitors.csv' },
      { path: 'cargo-ebike-competitors.csv', bytes: files.csv.bytes.byteLength },
    ),
    toolCall(
      'write_file',
      'call_mkt_write_2',
      { path: 'market-brief.md' },
      { path: 'market-brief.md', bytes: files.brief.bytes.byteLength },
    ),
    text(
      'Done. Germany is the biggest market (~185k cargo e-bikes a year) and still growing, so I recommend launching there first through company-bike leasing. The full report is below, and the competitor table is published as cargo-ebike-competitors.csv.',
    ),
  ]),
  userMessage(
    'msg_mkt_03',
    'How much of the German demand goes through leasing? Add the sizing model as a file.',
  ),
  assistantMessage('msg_mkt_04', [
    stepStart(),
    webSearch('call_mkt_search_3', 'Dienstrad Leasing Anteil Lastenrad 2025', [
      {
        title: s.jobrad.title ?? s.jobrad.url,
        url: s.jobrad.url,
        snippet: 'Lastenräder gehören zu den beliebtesten Diensträdern…',
      },
    ]),
    ...citations([s.jobrad]),
    toolCall(
      'write_file',
      'call_mkt_write_3',
      { path: 'market-sizing.json' },
      { path: 'market-sizing.json', bytes: files.sizing.bytes.byteLength },
    ),
    text(
      'Dealers we found estimate that 40–50% of German family cargo bikes are now bought through company-bike leasing. I added the sizing model as market-sizing.json and updated the report.',
    ),
  ]),
]

const structuredOutput = {
  recommendation: {
    entryMarket: 'DE',
    channel: 'company-bike leasing',
    targetPriceEur: 5490,
    confidence: 'medium',
    risks: ['dealer margins of 30–35%', 'Urban Arrow brand loyalty in NL'],
  },
  markets: [
    {
      country: 'DE',
      unitsSold2025: 185000,
      yoyGrowthPct: 4,
      avgPriceEur: 5900,
      segments: { family: 0.58, commercial: 0.42 },
    },
    {
      country: 'NL',
      unitsSold2025: 62000,
      yoyGrowthPct: -3,
      avgPriceEur: 5100,
      segments: { family: 0.71, commercial: 0.29 },
    },
    {
      country: 'FR',
      unitsSold2025: 48000,
      yoyGrowthPct: 12,
      avgPriceEur: 4700,
      segments: { family: 0.44, commercial: 0.56 },
    },
  ],
  competitors: [
    { name: 'Riese & Müller', model: 'Load4 75', band: 'premium', priceFromEur: 7899 },
    { name: 'Urban Arrow', model: 'Family', band: 'core', priceFromEur: 6149 },
    { name: 'Tern', model: 'GSD S10', band: 'core', priceFromEur: 5399 },
    { name: 'Babboe', model: 'Curve Mountain', band: 'value', priceFromEur: 4299 },
  ],
}

export function marketTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-14T09:12:40Z'),
    status: 'completed',
    messages,
    outputText: marketReport,
    sources,
    files: [served(files.csv), served(files.brief), served(files.sizing, null)],
    structuredOutput,
    usage: { credits: 12345, durationMs: 83000 },
    metadata: { project: 'velora-launch', requestedBy: 'product@velora.example' },
  }
}
