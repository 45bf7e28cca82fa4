import { seededRandom } from '../random'

/*
 * The facts of each run of the daily price watch, by run number (1 = oldest, RUN_COUNT =
 * newest). Pure and seeded, so every demo server tells the same history; the dates come from
 * the clock (scheduled.ts). Prices walk from run to run, a maker's site fails to answer now and
 * then, a sale page joins the sources, and a bike joins the watch list part-way through: two
 * runs compared side by side differ in their answer, structured output, sources and credits.
 */
export const RUN_COUNT = 130

export type Bike = {
  key: 'urban-arrow' | 'tern' | 'babboe' | 'riese-muller'
  brand: string
  model: string
  url: string
  title: string
  basePriceEur: number
  /** The first run that watched it. */
  fromRun: number
}

export const BIKES: readonly Bike[] = [
  {
    key: 'urban-arrow',
    brand: 'Urban Arrow',
    model: 'Family',
    url: 'https://urbanarrow.com/family',
    title: 'Urban Arrow Family',
    basePriceEur: 5999,
    fromRun: 1,
  },
  {
    key: 'tern',
    brand: 'Tern',
    model: 'GSD S10',
    url: 'https://www.ternbicycles.com/bikes/gsd',
    title: 'GSD – Tern Bicycles',
    basePriceEur: 5299,
    fromRun: 1,
  },
  {
    key: 'babboe',
    brand: 'Babboe',
    model: 'Curve Mountain',
    url: 'https://www.babboe.com/curve-mountain',
    title: 'Babboe Curve Mountain',
    basePriceEur: 4199,
    fromRun: 1,
  },
  {
    key: 'riese-muller',
    brand: 'Riese & Müller',
    model: 'Load4 75',
    url: 'https://www.r-m.de/en/models/load4/',
    title: 'Load4 – Riese & Müller',
    basePriceEur: 8299,
    fromRun: 41,
  },
]

export type Extra = { url: string; title: string | null; note: string }

const EXTRAS: Record<'ternSale' | 'comparison' | 'dealer', Extra> = {
  ternSale: {
    url: 'https://www.ternbicycles.com/summer-sale',
    title: 'Tern summer sale',
    note: 'Tern’s summer sale takes €400 off the GSD S10 until the end of August.',
  },
  comparison: {
    url: 'https://www.cargobike.jetzt/preisvergleich/',
    title: 'Lastenrad-Preisvergleich – cargobike.jetzt',
    note: 'Checked against a price comparison site: no dealer sells below list yet.',
  },
  dealer: {
    url: 'https://www.fietsenwinkel.example/bakfiets/',
    title: null,
    note: 'A Dutch dealer lists the Babboe Curve Mountain €150 below its maker’s price.',
  },
}

export type PriceLine = {
  bike: Bike
  /** Null when the maker's site did not answer; the last price read stands. */
  priceEur: number | null
  lastKnownEur: number
  changeEur: number
}

export type RunFailure = {
  code: string
  message: string
  /** How many bikes of the watch list it read before it stopped. */
  readBefore: number
}

export type DeliveryOutcome =
  | { kind: 'delivered'; durationMs: number }
  | { kind: 'http-error'; status: 500 | 410; durationMs: number }
  | { kind: 'timeout'; durationMs: number }
  | { kind: 'refused'; durationMs: number }

export type RunFacts = {
  run: number
  prices: PriceLine[]
  extras: Extra[]
  credits: number
  durationMs: number
  /** Set when the task ended in an error (the delivery still went out). */
  failure: RunFailure | null
  delivery: DeliveryOutcome
  /** Seconds after the hour the scheduler started it. */
  startDelaySeconds: number
}

// The history's own events, chosen so the newest runs differ visibly from each other.
type Forced = { changes?: Partial<Record<Bike['key'], number>>; down?: Bike['key'][] }
const FORCED: Record<number, Forced> = {
  130: { changes: { tern: -400 } },
  129: { changes: { 'urban-arrow': 150 }, down: ['babboe'] },
  128: { changes: { 'riese-muller': -200 } },
  127: { changes: {} },
}
const FORCED_EXTRAS: Record<number, Array<keyof typeof EXTRAS>> = {
  130: ['ternSale'],
  128: ['comparison'],
  103: ['dealer'],
  64: ['comparison'],
  22: ['comparison'],
}

const FAILURES: Record<number, RunFailure> = {
  126: {
    code: 'tool_error',
    message:
      'Every maker’s site refused the page reads (HTTP 403 from a bot filter), so no prices were checked. The last known prices stand.',
    readBefore: 0,
  },
  71: {
    code: 'budget_exceeded',
    message:
      'The task stopped after using its whole budget of 2,000 credits. Raise the schedule’s budget or watch fewer bikes.',
    readBefore: 2,
  },
}

const DELIVERY_ERRORS: Record<number, 'http-500' | 'http-410' | 'timeout' | 'refused'> = {
  123: 'http-500',
  118: 'timeout',
  97: 'http-500',
  86: 'http-410',
  85: 'http-410',
  84: 'http-410',
  77: 'timeout',
  55: 'refused',
  40: 'http-500',
  25: 'timeout',
  12: 'http-500',
}

export const DELIVERY_TIMEOUT_MS = 10_000

const STEPS = [-300, -200, -150, -100, 100, 150, 200] as const

let table: RunFacts[] | null = null

/** The facts of run `run` (1 … RUN_COUNT); the table is built on first use. */
export function runFacts(run: number): RunFacts {
  table ??= buildTable()
  const facts = table[run - 1]
  if (!facts) throw new RangeError(`No run ${run}`)
  return facts
}

export function isRunNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= RUN_COUNT
}

function buildTable(): RunFacts[] {
  const random = seededRandom(20_260_714)
  const lastKnown = new Map(BIKES.map((bike) => [bike.key, bike.basePriceEur]))
  const runs: RunFacts[] = []
  for (let run = 1; run <= RUN_COUNT; run += 1) {
    const forced = FORCED[run]
    const failure = FAILURES[run] ?? null
    const watched = BIKES.filter((bike) => bike.fromRun <= run)
    const prices: PriceLine[] = []
    for (const [index, bike] of watched.entries()) {
      const before = lastKnown.get(bike.key) ?? bike.basePriceEur
      const unread = failure !== null && index >= failure.readBefore
      const down = forced ? (forced.down ?? []).includes(bike.key) : random.next() < 0.04
      let change = 0
      if (forced) change = forced.changes?.[bike.key] ?? 0
      else if (random.next() < 0.07) change = random.pick(STEPS)
      // A price never wanders far from the maker's usual one.
      if (Math.abs(before + change - bike.basePriceEur) > 800) change = -change
      if (unread || down) {
        prices.push({ bike, priceEur: null, lastKnownEur: before, changeEur: 0 })
        continue
      }
      lastKnown.set(bike.key, before + change)
      prices.push({ bike, priceEur: before + change, lastKnownEur: before, changeEur: change })
    }
    const read = prices.filter((line) => line.priceEur !== null).length
    const extras = (FORCED_EXTRAS[run] ?? []).map((key) => EXTRAS[key])
    const credits =
      failure?.code === 'budget_exceeded'
        ? 2000
        : 420 + read * 190 + extras.length * 160 + random.int(0, 32) * 10
    const durationMs =
      9_000 +
      read * 2_600 +
      (prices.length - read) * 10_000 +
      extras.length * 3_100 +
      random.int(0, 6_000)
    runs.push({
      run,
      prices,
      extras,
      credits,
      durationMs,
      failure,
      delivery: deliveryOutcome(DELIVERY_ERRORS[run], random),
      startDelaySeconds: random.int(1, 40),
    })
  }
  return runs
}

function deliveryOutcome(
  error: (typeof DELIVERY_ERRORS)[number] | undefined,
  random: ReturnType<typeof seededRandom>,
): DeliveryOutcome {
  switch (error) {
    case 'http-500':
      return { kind: 'http-error', status: 500, durationMs: random.int(300, 900) }
    case 'http-410':
      return { kind: 'http-error', status: 410, durationMs: random.int(80, 200) }
    case 'timeout':
      return { kind: 'timeout', durationMs: DELIVERY_TIMEOUT_MS }
    case 'refused':
      return { kind: 'refused', durationMs: random.int(3, 20) }
    default:
      return { kind: 'delivered', durationMs: random.int(90, 700) }
  }
}

/** The task's title, as Handinger names it from what the run found. */
export function runTitle(run: number): string {
  const facts = runFacts(run)
  if (facts.failure) return 'Cargo-bike price check'
  const changed = facts.prices.filter((line) => line.changeEur !== 0)
  const [only] = changed
  if (changed.length === 1 && only) {
    const direction = only.changeEur < 0 ? 'down' : 'up'
    return `Cargo-bike prices: ${only.bike.brand} ${only.bike.model} ${direction} €${Math.abs(only.changeEur)}`
  }
  return changed.length === 0
    ? 'Cargo-bike prices: no changes'
    : `Cargo-bike prices: ${changed.length} changes`
}
