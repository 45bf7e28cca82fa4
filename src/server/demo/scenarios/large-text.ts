import type { Random } from '../random'

export const REGIONS = [
  'Nordics',
  'Benelux',
  'DACH',
  'Iberia',
  'Italy',
  'France',
  'UK & Ireland',
  'Baltics',
  'Central Europe',
  'Balkans',
  'Greece & Cyprus',
  'Poland',
] as const

export const CATEGORIES = [
  'cargo bikes',
  'city e-bikes',
  'folding bikes',
  'child seats',
  'batteries',
  'helmets',
  'locks',
  'rain covers',
] as const

const WORDS = [
  'demand',
  'pricing',
  'inventory',
  'dealers',
  'margin',
  'seasonality',
  'promotion',
  'supply',
  'lead time',
  'returns',
  'warranty',
  'leasing',
  'subsidy',
  'volume',
  'discount',
  'forecast',
] as const

export function sentence(random: Random, words: number): string {
  const parts = Array.from({ length: words }, () => random.pick(WORDS))
  const text = parts.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

export function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, random.int(6, 14))).join(' ')
}

const FENCE = '```'

/** One report section: prose, a table, a code block and a task list, about 2.5 KB. */
export function reportSection(random: Random, index: number): string {
  const region = REGIONS[index % REGIONS.length]
  const rows = Array.from({ length: 8 }, (_, row) => {
    const category = CATEGORIES[(index + row) % CATEGORIES.length]
    return `| ${category} | ${random.int(100, 9999)} | ${random.int(-30, 45)}% | €${random.int(20, 7000)} |`
  })
  return `## ${index + 1}. ${region}, batch ${Math.floor(index / REGIONS.length) + 1}

${paragraph(random, 5)}

| Category | Units | Change | Median price |
|---|---:|---:|---:|
${rows.join('\n')}

${FENCE}json
{ "region": "${region}", "batch": ${index}, "score": ${random.int(0, 100)} }
${FENCE}

- [x] ${sentence(random, 5)}
- [ ] ${sentence(random, 6)}

See [source ${index + 1}](https://example.org/reports/${index + 1}).

`
}
