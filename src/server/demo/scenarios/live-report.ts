import { liveSources as s } from './live-sources'

/*
 * The final answer, in the chunks it "streams" in: the running worker shows a growing prefix
 * of this text.
 */
export const liveReportChunks = [
  `# Heat-pump subsidies: Germany, France, Italy, Netherlands

**Case:** owner-occupied single-family house, 10 kW air-to-water heat pump replacing a
20-year-old gas boiler, installed cost **€15,000**.

> Demo data: amounts are simplified for illustration. Always check the official scheme pages
> before applying.
`,
  `
## At a glance

| Country | Main scheme | Type | Typical support | Paid |
|---|---|---|---:|---|
| 🇩🇪 Germany | [KfW 458](${s.kfw.url}) | Grant | €7,500 (50%) | After installation |
| 🇮🇹 Italy | [Ecobonus](${s.enea.url}) | Tax deduction | €7,500 (50%) | Over 10 years |
| 🇫🇷 France | [MaPrimeRénov’](${s.franceRenov.url}) + CEE | Grant | €5,500 | After installation |
| 🇳🇱 Netherlands | [ISDE](${s.rvo.url}) | Grant | €2,800 | After installation |
`,
  `
## Germany

The federal heating subsidy pays a **30% base rate**, plus a **20% speed bonus** for
replacing a working gas boiler that is at least 20 years old. Households with a taxable
income under €40,000 get a further **30% income bonus**. The total is capped at 70% of up to
€30,000 of eligible costs. Apply through KfW *before* signing the installer contract.
`,
  `
## France

MaPrimeRénov’ pays a fixed amount per heat pump that depends on household income, from
nothing for the highest incomes to a few thousand euros for the lowest. It stacks with energy
suppliers’ CEE bonuses, and the work is invoiced at 5.5% VAT. Our case assumes an
intermediate-income household.
`,
  `
## Italy

The Ecobonus is a **tax deduction**, not a grant: 50% of the cost for a primary residence,
spread over ten annual instalments, so it is only worth the full amount to someone with
enough income tax to offset. The [Conto Termico](${s.gse.url}) is a direct alternative
paid within months, but it cannot be combined with the Ecobonus for the same work.
`,
  `
## Netherlands

ISDE pays a fixed amount based on the unit’s capacity and efficiency, roughly €2,800 for our
case. Apply within 24 months *after* installation.
`,
  `
## Recommendation

- **Best cash support:** Germany, with the highest grant paid soon after installation.
- **Best for high earners:** Italy, if you can use a 10-year tax deduction.
- **Watch the order of steps:** Germany requires the application before the contract;
  the Netherlands after installation.
`,
]

export const liveReport = liveReportChunks.join('')

export const liveCsv = `country,scheme,type,typical_support_eur,share_of_cost_pct,paid
DE,KfW 458,grant,7500,50,after installation
IT,Ecobonus,tax deduction,7500,50,over 10 years
FR,MaPrimeRenov + CEE,grant,5500,37,after installation
NL,ISDE,grant,2800,19,after installation
`

export const liveStructuredOutput = {
  assumptions: {
    installCostEur: 15000,
    capacityKw: 10,
    household: 'owner-occupied single-family house replacing a gas boiler',
  },
  countries: [
    { country: 'DE', scheme: 'KfW 458', type: 'grant', typicalEur: 7500, maxEur: 21000 },
    { country: 'IT', scheme: 'Ecobonus', type: 'tax deduction', typicalEur: 7500, years: 10 },
    { country: 'FR', scheme: 'MaPrimeRénov’ + CEE', type: 'grant', typicalEur: 5500 },
    { country: 'NL', scheme: 'ISDE', type: 'grant', typicalEur: 2800 },
  ],
  recommendation: { bestCashSupport: 'DE', bestForHighEarners: 'IT' },
}
