import { assistantMessage, stepStart, text, userMessage, webSearch } from '../messages'
import { errorResponse, jsonResponse } from '../responses'
import type { Scenario } from '../scenario'
import { buildWorker, source, unixSeconds, type WorkerSpec } from '../wire'

/*
 * A response carrying more than the app reads: an `id` of its own (a response ID, not the
 * requested worker's), `output` items besides the answer's text (annotations, a refusal, tool
 * calls, a reasoning summary, an image, a kind not seen before), and top-level fields the
 * schema does not know, one with a hidden character in its name and one named "__proto__".
 */
const TASK_ID = 'tsk_demo-extra-fields'

const answer = `# Depot check: three sites

All three depots passed the spring check. **Nord** needs two new chargers before June; **Hafen** and **Süd** need nothing.

See the [depot checklist](https://fleet.example/depots/checklist) for what was checked.
`

const refusal = 'I cannot share the home addresses of the depot staff.'

function spec(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-22T07:15:00Z'),
    status: 'completed',
    messages: [
      userMessage(
        'msg_xf_01',
        'Check the three depots for the spring service, and list the staff with their home addresses.',
      ),
      assistantMessage('msg_xf_02', [
        stepStart(),
        webSearch('call_xf_1', 'fleet depot spring checklist'),
        text(answer),
        text(refusal),
      ]),
    ],
    outputText: answer,
    sources: [
      source('src_xf-checklist', 'https://fleet.example/depots/checklist', 'Depot checklist'),
    ],
    files: [],
    structuredOutput: null,
    usage: { credits: 210, durationMs: 19_000 },
    metadata: { scenario: 'extra-fields' },
  }
}

// A 1×1 transparent PNG, as an image tool returns it: base64, never shown by the page.
const PIXEL =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

const output = [
  {
    id: 'rs_xf_1',
    type: 'reasoning',
    summary: [{ type: 'summary_text', text: 'Check each depot against the checklist first.' }],
  },
  {
    id: 'ws_xf_1',
    type: 'web_search_call',
    status: 'completed',
    action: { type: 'search', query: 'fleet depot spring checklist' },
  },
  {
    id: 'fc_xf_1',
    type: 'function_call',
    call_id: 'call_xf_2',
    name: 'read_depot_report',
    arguments: '{"depots":["Nord","Hafen","Süd"]}',
    status: 'completed',
  },
  {
    id: 'msg_xf_out_1',
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [
      {
        type: 'output_text',
        text: answer,
        annotations: [
          {
            type: 'url_citation',
            url: 'https://fleet.example/depots/checklist',
            title: 'Depot checklist',
            start_index: answer.indexOf('[depot checklist]'),
            end_index: answer.indexOf('for what was checked'),
          },
        ],
      },
    ],
  },
  {
    id: 'msg_xf_out_2',
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'refusal', refusal }],
  },
  { id: 'ig_xf_1', type: 'image_generation_call', status: 'completed', result: PIXEL },
  {
    id: 'mcpr_xf_1',
    type: 'mcp_approval_request',
    server_label: 'fleet-db',
    name: 'delete_depot',
    arguments: '{"depot":"Nord"}',
  },
]

function body(request: Parameters<Scenario['handle']>[0]) {
  const ctx = {
    workerId: request.workerId,
    selectedTaskId: request.taskId,
    fileUrl: request.fileUrl,
  }
  return {
    ...buildWorker(spec(), ctx),
    id: 'resp_01JZXK3M0B7E9W2T8QF4N6R5HD',
    output,
    service_tier: 'priority',
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: 'medium', summary: 'auto' },
    trace: { id: 'trc_7Hq2Lm9Vx', spans: 14 },
    '\u202Eeman_laer': 'a field name with a right-to-left override',
    // Computed, so it is an own field of the body, as JSON.parse makes it on the other side.
    ['__proto__']: { polluted: true },
  }
}

export function extraFieldsScenario(): Scenario {
  return {
    handle(request) {
      if (request.taskId !== null && request.taskId !== TASK_ID) {
        return errorResponse(404, 'Task not found')
      }
      return jsonResponse(body(request))
    },
    file: () => undefined,
  }
}
