import type { DemoFile } from './demo-files'
import { errorResponse, jsonResponse } from './responses'
import { type BuildContext, buildWorker, type WorkerSpec } from './wire'

export type ScenarioRequest = {
  workerId: string
  /** Already checked against the ID pattern; null when the query has none. */
  taskId: string | null
  fileUrl: (name: string) => string
  /** The request's Cookie header: where a browser carries the demo's live run (see live.ts). */
  cookie?: string | null
  /** The request's If-None-Match, for scenarios that revalidate with an ETag. */
  ifNoneMatch?: string | null
}

export type Scenario = {
  handle: (request: ScenarioRequest) => Response
  file: (name: string) => DemoFile | undefined
}

/** A task whose Worker is built on demand, so heavy scenarios cost nothing until asked for. */
export type DemoTask = { taskId: string; spec: () => WorkerSpec }

/** A worker with fixed tasks, the first being the latest (what Handinger returns by default). */
export function taskScenario(tasks: DemoTask[]): Scenario {
  return {
    handle(request) {
      const task = request.taskId ? tasks.find((t) => t.taskId === request.taskId) : tasks[0]
      if (!task) return errorResponse(404, 'Task not found')
      return workerResponse(task.spec(), request)
    },
    file(name) {
      for (const task of tasks) {
        const found = findFile(task.spec(), name)
        if (found) return found
      }
      return undefined
    },
  }
}

export function workerResponse(spec: WorkerSpec, request: ScenarioRequest): Response {
  const ctx: BuildContext = {
    workerId: request.workerId,
    selectedTaskId: request.taskId,
    fileUrl: request.fileUrl,
  }
  return jsonResponse(buildWorker(spec, ctx))
}

function findFile(spec: WorkerSpec, name: string): DemoFile | undefined {
  for (const ref of spec.files) {
    if ('served' in ref && ref.served.name === name) return ref.served
  }
  return undefined
}

/** A scenario that only ever answers with a fixed response and has no files. */
export function fixedScenario(respond: () => Response): Scenario {
  return { handle: () => respond(), file: () => undefined }
}
