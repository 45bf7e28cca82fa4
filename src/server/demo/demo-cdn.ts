import { fileResponse } from './demo-files'
import { demoCdnFiles } from './scenarios/files-cdn'

/*
 * The file route's fetch in demo mode: the demo's "other host" files come from here, and every
 * other URL fails as an unreachable host would. The demo never goes to the network.
 */
export const demoCdnFetch: typeof fetch = async (input) => {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  const file = demoCdnFiles.get(href)
  if (!file) throw new TypeError('fetch failed')
  return fileResponse(file)
}
