import { ApiError } from '@/api/api-error'
import type { KeyOwner } from '@/api/app-config'

/** `action` names the one way out the page offers beside the text, when there is one. */
export type ErrorText = { title: string; detail: string; action?: 'sign-out' }

export type ErrorContext = {
  workerId?: string
  taskId?: string | null
  /** Who can replace the key Handinger refused; the server's when not known. */
  keyOwner?: KeyOwner
}

/** One readable title and explanation for every way loading a worker can fail. */
export function describeError(
  error: unknown,
  { workerId, taskId, keyOwner = 'server' }: ErrorContext = {},
): ErrorText {
  if (!(error instanceof ApiError)) {
    return {
      title: 'Something went wrong',
      detail: error instanceof Error ? error.message : 'An unexpected error occurred.',
    }
  }
  const status = error.status ? ` (${error.status})` : ''
  switch (error.kind) {
    case 'invalid-id':
      return { title: 'Not a valid ID', detail: error.message }
    case 'not-found':
      return taskId
        ? {
            title: 'Task not found',
            detail: `Handinger has no task ${taskId} on worker ${workerId}, or the worker itself does not exist.`,
          }
        : {
            title: 'Worker not found',
            detail: `Handinger has no worker with the ID ${workerId}. It may have been deleted, or the ID may be mistyped.`,
          }
    case 'unauthorized':
      // A person's own key (revoked, or expired since sign-in) is theirs to replace; the
      // server's setting is not something they can change.
      return keyOwner === 'visitor'
        ? {
            title: 'Key rejected',
            detail: 'Handinger rejected your key. Sign out and enter a new key.',
            action: 'sign-out',
          }
        : {
            title: 'Not authorized',
            detail: `Handinger rejected the server's API key${status}: ${error.message}. Check HANDINGER_API_KEY where the inspector runs.`,
          }
    case 'forbidden':
      return {
        title: 'Access denied',
        detail: `${keyOwner === 'visitor' ? 'Your' : 'The configured'} API key cannot access this worker${status}: ${error.message}. Keys only reach their own organization.`,
      }
    case 'rate-limited':
      return { title: 'Rate limited', detail: `Handinger asked us to slow down${status}.` }
    case 'server':
      return { title: 'Server error', detail: `Handinger had a problem${status}: ${error.message}` }
    case 'network':
      return { title: 'Connection problem', detail: error.message }
    case 'truncated':
      return { title: 'Incomplete response', detail: error.message }
    case 'invalid-json':
      return { title: 'Unreadable response', detail: error.message }
    case 'invalid-shape':
      return { title: 'Unexpected response', detail: error.message }
    case 'bad-request':
      return { title: 'Request rejected', detail: `${error.message}${status}` }
  }
}
