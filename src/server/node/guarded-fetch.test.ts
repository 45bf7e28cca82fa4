// @vitest-environment node
import { startRecordingServer } from '../../test/node/recording-server'
import { createPublicFetch } from './guarded-fetch'

describe('createPublicFetch', () => {
  it('refuses a name that resolves to a private address, before connecting', async () => {
    const server = await startRecordingServer((_req, res) => res.end('inside'))
    try {
      const port = new URL(server.baseUrl).port
      const publicFetch = createPublicFetch()
      // "localhost" resolves to loopback: the lookup refuses it, so nothing connects.
      await expect(publicFetch(`http://localhost:${port}/secret`)).rejects.toThrow()
      expect(server.requests).toEqual([])
      // The same server through the plain fetch, to show it was there to be reached.
      expect(await (await fetch(`${server.baseUrl}/`)).text()).toBe('inside')
    } finally {
      await server.close()
    }
  })
})
