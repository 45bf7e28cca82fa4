import { researchSources as s } from './research-sources'

const FENCE = '```'

export const marketReport = `# Cargo e-bike market: Germany, Netherlands, France

Velora wants to launch a front-box family cargo e-bike in 2027. This report sizes the three
candidate launch markets and maps the brands we would compete with.

> **Demo data.** The figures below are illustrative estimates written for this demo, not
> audited market statistics.

## Key findings

1. **Germany is the largest and still-growing market.** Roughly three times the unit volume
   of the Netherlands, with strong demand from company-bike leasing ([JobRad](${s.jobrad.url})).
2. **The Netherlands is saturated but premium.** High penetration, flat volumes, buyers
   upgrade rather than buy their first cargo bike ([BOVAG](${s.bovag.url})).
3. **France is the fastest-growing market** from a small base, helped by city purchase
   grants and a growing network of specialist dealers.
4. **The €4,500–€6,000 band is crowded; below €4,000 there is little quality supply.**

## Market size (2025, estimates)

| Market | Cargo e-bikes sold | YoY | Avg. price | Family (front-box) share |
|---|---:|---:|---:|---:|
| Germany | ~185,000 | +4% | €5,900 | 58% |
| Netherlands | ~62,000 | −3% | €5,100 | 71% |
| France | ~48,000 | +12% | €4,700 | 44% |
| **Total** | **~295,000** | **+4%** | **€5,540** | **58%** |

Sources: [ZIV market data](${s.ziv.url}), [CONEBI market profile](${s.conebi.url}),
dealer interviews summarised by [cargobike.jetzt](${s.cargobikeJetzt.url}).

## Competitive landscape

### Premium (€7,000+)

- **Riese & Müller Load4 75**: full suspension, dual battery option; the benchmark for
  long-distance family use ([product page](${s.rieseMuller.url})).
- **Larry vs Harry Bullitt**: light and fast, popular with couriers; family kits are add-ons
  ([Bullitt](${s.bullitt.url})).

### Core (€5,000–€7,000)

- **Urban Arrow Family**: the reference front-box family bike, strongest in NL and DE
  ([Urban Arrow](${s.urbanArrow.url})).
- **Tern GSD**: a compact longtail rather than a box bike; wins on storage and folding
  ([Tern](${s.tern.url})).

### Value (under €5,000)

- **Babboe** dominates the Dutch value segment, but brand trust is still recovering after
  the 2024 frame recall ([Babboe](${s.babboe.url})).

## Sizing model

${FENCE}text
SAM = urban households with a child under 8      (DE 2.9M, NL 0.7M, FR 2.4M)
    × stated purchase intent within 3 years      (DE 6.5%, NL 9.0%, FR 4.0%)
    ÷ 3 years
    ≈ DE 63k, NL 21k, FR 32k family cargo bikes per year
SOM (year 3, 5% of SAM) ≈ 5,800 bikes ≈ €32M revenue at €5,490
${FENCE}

## Recommendation

Launch in **Germany first**, with company-bike leasing as the main channel, then the
Netherlands through specialist dealers in year two. Revisit France once grant rules for 2027
are published.

## Next steps

- [x] Size the German, Dutch and French markets
- [x] Map the top competitors by price band
- [ ] Validate dealer margins in three interviews
- [ ] Confirm leasing partner terms with JobRad and Lease a Bike
- [ ] Pricing deep-dive (see the pricing task)
`

export const competitorsCsv = `brand,model,hq,type,price_from_eur,battery_wh,max_load_kg,segment
Riese & Müller,Load4 75,Germany,front-box,7899,625,200,premium
Larry vs Harry,Bullitt,Denmark,front-box,5999,545,180,premium
Urban Arrow,Family,Netherlands,front-box,6149,500,125,core
Tern,GSD S10,Taiwan,longtail,5399,545,200,core
Babboe,Curve Mountain,Netherlands,front-box,4299,500,100,value
Bakfiets.nl,CargoBike Classic,Netherlands,front-box,4695,500,100,value
`

export const marketBrief = `# Market brief: family cargo e-bikes

- **Entry market:** Germany (leasing channel first)
- **Target price:** €5,490 with a two-child box and rain cover included
- **Main competitor:** Urban Arrow Family
- **Biggest risk:** dealer margins of 30–35% leave little room below €5,000

Prepared by the Velora research worker. Figures are illustrative demo data.
`

export const marketSizingJson = `${JSON.stringify(
  {
    model: 'households × intent ÷ replacement cycle',
    markets: {
      DE: { households: 2900000, intent: 0.065, samPerYear: 63000 },
      NL: { households: 700000, intent: 0.09, samPerYear: 21000 },
      FR: { households: 2400000, intent: 0.04, samPerYear: 32000 },
    },
    somYear3: { share: 0.05, units: 5800, revenueEur: 31842000 },
  },
  null,
  2,
)}\n`
