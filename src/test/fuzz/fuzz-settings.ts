import fc from 'fast-check'

/*
 * How many generated bodies each property gets, and from which seed.
 *
 * `npm test` runs each property a few dozen to a few hundred times from a fixed seed: fast, and
 * the same cases every time. `npm run fuzz` sets FUZZ_RUNS=10000 (cases per property) and draws
 * a new seed for each file (or takes FUZZ_SEED), then prints per file how many cases ran and the
 * seed.
 *
 * A failure prints fast-check's report with the seed, the path of the shrunk case and the case
 * itself. To replay exactly that case:
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run src/test/fuzz/<file> -t '<property name>'
 * Then keep it as a regular test beside the code it concerns (src/api/task-schema.test.ts,
 * src/lib/transcript.test.ts and src/routes/task/task-section.test.tsx hold such tests): write
 * the printed body as a literal, with its `nest(...)` calls (wire-text.ts) as they are; a
 * "\u0000raw:1e400\u0000" in it stands for the bare number 1e400, so pass such a body through
 * wireText and parseJson as the client would. See the test fail, fix the code, see it pass.
 */
const env = import.meta.env

function positiveInteger(text: unknown): number | null {
  const value = Number(text)
  return typeof text === 'string' && Number.isSafeInteger(value) && value > 0 ? value : null
}

/** Cases per property under `npm run fuzz`; null in `npm test`, where each property has its own. */
const fuzzRuns = positiveInteger(env.FUZZ_RUNS)
const fuzzing = fuzzRuns !== null

const FIXED_SEED = 20_260_718
const seed =
  env.FUZZ_SEED !== undefined && env.FUZZ_SEED !== ''
    ? Number(env.FUZZ_SEED) | 0
    : fuzzing
      ? (Math.random() * 0x7fffffff) | 0
      : FIXED_SEED
const path = typeof env.FUZZ_PATH === 'string' && env.FUZZ_PATH !== '' ? env.FUZZ_PATH : undefined

let casesRun = 0

/**
 * fc.assert with the settings above: `runs` cases in `npm test`, FUZZ_RUNS under `npm run fuzz`.
 * Counts the cases generated (not the shrinking steps after a failure) for the report.
 */
export async function assertProperty<Ts>(
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  runs: number,
): Promise<void> {
  const details = await fc.check(property, { numRuns: fuzzRuns ?? runs, seed, path })
  casesRun += details.numRuns
  if (details.failed) {
    const report = await fc.asyncDefaultReportMessage(details)
    throw new Error(report, { cause: details.errorInstance })
  }
}

/** A timeout for a property's test: generous per case, since a fuzz run has thousands. */
export function fuzzTimeout(runs: number, msPerCase: number): number {
  return Math.max(20_000, (fuzzRuns ?? runs) * msPerCase * 4)
}

/** Prints the count and the seed after a fuzz run (in `npm test` the seed never changes). */
export function reportFuzzRun(file: string): void {
  afterAll(() => {
    if (fuzzing || path) console.info(`${file}: ${casesRun} generated cases, seed ${seed}`)
  })
}
