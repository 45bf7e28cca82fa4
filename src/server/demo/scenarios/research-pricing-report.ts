import { researchSources as s } from './research-sources'

const FENCE = '```'

export const pricingReport = `# Pricing analysis: where should a €5k family cargo bike sit?

## Summary

Price the launch model at **€5,490** including the two-child box and rain cover. That is 11%
under the [Urban Arrow Family](${s.urbanArrow.url}), leaves a dealer margin of 32%, and still
earns about **€790 per bike** at the current bill of materials.

## Competitor price points (July 2026, DE list prices)

| Brand | Model | From | With rain cover & 2nd seat | Delivery |
|---|---|---:|---:|---|
| Riese & Müller | [Load4 75](${s.rieseMuller.url}) | €7,899 | €8,450 | 10–14 weeks |
| Urban Arrow | [Family](${s.urbanArrow.url}) | €6,149 | €6,690 | 4–6 weeks |
| Tern | [GSD S10](${s.tern.url}) | €5,399 | €5,980 | in stock |
| Babboe | Curve Mountain | €4,299 | €4,650 | in stock |

## Price ladder for Velora

| Price | vs Urban Arrow | Margin per bike | Margin % | Verdict |
|---:|---:|---:|---:|---|
| €4,990 | −19% | €500 | 18% | Too thin to fund dealer support |
| **€5,490** | **−11%** | **€790** | **25%** | **Recommended** |
| €5,990 | −3% | €1,070 | 31% | Needs a stronger brand than ours |

Margin = list price without 19% VAT, minus a 32% dealer margin, minus €2,350 bill of materials.

## Leasing

Most German buyers will see a monthly rate, not the list price. With a typical leasing factor
of 2.9% ([JobRad](${s.jobrad.url})), €5,490 becomes about **€159 gross per month**, before
the salary-conversion tax benefit.

${FENCE}python
def monthly_rate(list_price_eur: float, leasing_factor: float = 0.029) -> float:
    """Gross monthly leasing rate, before salary conversion."""
    return round(list_price_eur * leasing_factor, 2)

for price in (4990, 5490, 5990):
    print(price, monthly_rate(price))  # 144.71, 159.21, 173.71
${FENCE}

## Open items

- [x] Collect list prices for the four main competitors
- [x] Model margins at three price points
- [ ] Check whether Dutch dealers expect a higher margin than German ones
- [ ] Price the optional second battery (working assumption: €649)
`

export const pricingCsv = `price_eur,vs_urban_arrow_pct,net_of_vat_eur,after_dealer_eur,bom_eur,margin_eur,margin_pct,monthly_lease_eur
4990,-18.8,4193.28,2851.43,2350,501.43,17.6,144.71
5490,-10.7,4613.45,3137.14,2350,787.14,25.1,159.21
5990,-2.6,5033.61,3422.86,2350,1072.86,31.3,173.71
`

export const priceLadderMd = `# Price ladder

| Price | Margin per bike | Monthly lease |
|---:|---:|---:|
| €4,990 | €501 | €144.71 |
| €5,490 | €787 | €159.21 |
| €5,990 | €1,073 | €173.71 |

Recommended: **€5,490**.
`

export const leaseCalculatorPy = `def monthly_rate(list_price_eur: float, leasing_factor: float = 0.029) -> float:
    """Gross monthly leasing rate, before salary conversion."""
    return round(list_price_eur * leasing_factor, 2)


if __name__ == "__main__":
    for price in (4990, 5490, 5990):
        print(price, monthly_rate(price))
`
