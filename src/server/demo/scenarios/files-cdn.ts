import type { DemoFile } from '../demo-files'
import { assistantMessage, stepStart, text, toolCall, userMessage } from '../messages'
import { type Scenario, taskScenario } from '../scenario'
import { unixSeconds, type WorkerSpec } from '../wire'
import {
  briefPdf,
  chartPng,
  checklistMd,
  forecastJson,
  notesTxt,
  surveyCsv,
} from './files-cdn-content'

/*
 * A worker whose files live on another host, as Handinger's real files most likely do: https
 * URLs on a storage host, not this server. In demo mode the file route resolves these URLs from
 * here (demoCdnFetch) instead of the network, through the same checks as live files.
 */
export const DEMO_CDN_ORIGIN = 'https://files.handinger-cdn.example'

const FILES = [chartPng, briefPdf, surveyCsv, forecastJson, checklistMd, notesTxt]

const cdnUrl = (file: DemoFile) =>
  `${DEMO_CDN_ORIGIN}/wrk_demo-files-cdn/${encodeURIComponent(file.name)}`

/** Each file by the exact URL the worker lists it under. */
export const demoCdnFiles: ReadonlyMap<string, DemoFile> = new Map(
  FILES.map((file) => [new URL(cdnUrl(file)).href, file]),
)

function launchPackTask(): WorkerSpec {
  return {
    createdAt: unixSeconds('2026-07-20T09:30:00Z'),
    status: 'completed',
    messages: [
      userMessage(
        'msg_cdn_01',
        'Put together the launch pack: a sales chart, the brief as a PDF, the dealer survey, the forecast, a checklist and my field notes.',
      ),
      assistantMessage('msg_cdn_02', [
        stepStart(),
        ...FILES.map((file, i) =>
          toolCall(
            'write_file',
            `call_cdn_write_${i + 1}`,
            { path: file.name },
            {
              path: file.name,
              bytes: file.bytes.byteLength,
            },
          ),
        ),
        text('The launch pack is ready: six files, one of each kind, stored with the worker.'),
      ]),
    ],
    outputText:
      '## Launch pack\n\nSix files are attached: the dealer sales chart, the launch brief (PDF), the dealer survey (CSV), the segment forecast (JSON), the launch checklist (Markdown) and the field notes (text).',
    sources: [],
    files: FILES.map((file) => ({
      raw: {
        filename: file.name,
        mediaType: file.mediaType,
        url: cdnUrl(file),
        size: file.bytes.byteLength,
      },
    })),
    structuredOutput: { files: FILES.length },
    usage: { credits: 940, durationMs: 21800 },
  }
}

export function filesCdnScenario(): Scenario {
  return taskScenario([{ taskId: 'tsk_demo-files-cdn', spec: launchPackTask }])
}
