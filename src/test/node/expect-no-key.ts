import { expect } from 'vitest'

/** The key the proxy tests configure; it must never reach the browser. */
export const TEST_KEY = 'hdg_live_secret123'

/** Checks the whole browser-side response (status line aside): every header and the body. */
export async function expectNoKey(response: Response): Promise<void> {
  expect(await response.clone().text()).not.toContain(TEST_KEY)
  for (const [name, value] of response.headers) expect(`${name}: ${value}`).not.toContain(TEST_KEY)
}
