import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { type RecordingServer, startRecordingServer } from '../src/test/node/recording-server.ts'
import { type RunningServer, startServer } from '../src/server/node/server.ts'

/*
 * Shared deployments for the access journeys: the production server in team mode (one shared
 * secret) and in bring-your-own-key mode, both before a fake Handinger that answers per key.
 * Served on http://127.0.0.1, where Chromium keeps Secure cookies like on HTTPS.
 */
const distDir = fileURLToPath(new URL('../dist', import.meta.url))
export const SESSION_SECRET = 'e2e-session-secret-0123456789abcdef'
export const TEAM_SECRET = 'team-secret-E2E-4711'
export const SERVER_KEY = 'hdg_live_server_KEY_77'
export const KEY_A = 'hdg_live_alice_KEY_01'
export const KEY_B = 'hdg_live_bob_KEY_02'
/** A key Handinger does not take (revoked, or mistyped). */
export const KEY_X = 'hdg_live_revoked_KEY_09'

/** What each key may read: the server's key and Alice own wrk_alpha, Bob owns wrk_beta. */
const OWNED: Record<string, string> = {
  [`Bearer ${SERVER_KEY}`]: 'wrk_alpha',
  [`Bearer ${KEY_A}`]: 'wrk_alpha',
  [`Bearer ${KEY_B}`]: 'wrk_beta',
}

function worker(id: string) {
  const answer = `# Report of ${id}\n\nOnly its owner can read this.\n`
  return {
    id,
    object: 'worker',
    created_at: 1752400000,
    status: 'completed',
    running: false,
    messages: [{ id: `msg_${id}`, role: 'user', parts: [{ type: 'text', text: `Task ${id}` }] }],
    output_text: answer,
    sources: [],
    files: [],
    usage: { credits: 3, durationMs: 1000 },
  }
}

function answerPerKey(request: IncomingMessage, response: ServerResponse) {
  const owned = OWNED[request.headers.authorization ?? '']
  const id = new URL(request.url ?? '/', 'http://fake.invalid').pathname.split('/')[3]
  response.setHeader('Content-Type', 'application/json')
  if (!owned) {
    response.writeHead(401).end(JSON.stringify({ error: 'Invalid API key' }))
  } else if (id !== owned) {
    response.writeHead(404).end(JSON.stringify({ error: 'Worker not found' }))
  } else {
    response.writeHead(200).end(JSON.stringify(worker(id)))
  }
}

export type Deployments = {
  fake: RecordingServer
  team: RunningServer
  byok: RunningServer
  close: () => Promise<void>
}

export async function startDeployments(): Promise<Deployments> {
  const fake = await startRecordingServer(answerPerKey)
  const common = { port: 0, host: '127.0.0.1', distDir }
  const team = await startServer({
    ...common,
    upstream: { baseUrl: fake.baseUrl, apiKey: SERVER_KEY },
    access: {
      mode: 'team',
      secret: TEAM_SECRET,
      identityHeader: null,
      sessionSecret: SESSION_SECRET,
      sessionDays: 1,
    },
  })
  const byok = await startServer({
    ...common,
    upstream: { baseUrl: fake.baseUrl },
    access: { mode: 'byok', sessionSecret: SESSION_SECRET, sessionDays: 1 },
  })
  return {
    fake,
    team,
    byok,
    close: async () => {
      await team.close()
      await byok.close()
      await fake.close()
    },
  }
}
