import type { Task, Turn } from '@/api/task/schema'
import type { Worker } from '@/api/worker/schema'
import { taskStatus, workerStatus } from '@/api/worker/status'
import { messageText, userQuestions } from '@/api/worker/transcript'
import { Panel } from '@/components/ui/panel'
import { StatusBadge } from '@/components/ui/status-badge'
import { SkeletonPanel, skeletonBlock } from '@/components/ui/skeleton'
import { UsageBadge } from '@/components/ui/usage-badge'
import { AppFrame, HOME_LINK_CLASS, HomeLinkContent } from '@/components/app-frame'
import { searchFieldClass, searchStatusClass } from '@/components/search/run-search-bar'
import { FIRST_SEARCH_ATTRIBUTE } from '@/shared/first-screen-search'
import { formatNumber } from '@/lib/format'

/*
 * What a run page shows before its scripts have run: written by the server into the page from
 * the answers it read for it (server/page/first-screen.tsx), and replaced by the app as soon as
 * the app can render the same view from the same answers. It is the app's first screen in the
 * app's own components and classes, so the swap moves little: the bar, the run's ID, status and
 * figures, the start of the answer as plain text (the app too shows plain text until the
 * markdown worker has parsed it) and the latest message. Every string is someone else's and
 * goes in as text, never as markup.
 */
export type FirstScreenProps = {
  demo: boolean
  worker: Worker
  workerId: string
  /** On a task page: the task, as its own answer gave it. */
  task?: { task: Task; turns: Turn[] | null } | null
}

/** Enough of the answer for any first screen, and of its end for a reader who goes there. */
export const ANSWER_START_CHARS = 3_000
export const ANSWER_END_CHARS = 1_500
const MESSAGE_CHARS = 600

const box =
  'rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900'
const plain = 'font-mono text-[0.8125rem] break-words whitespace-pre-wrap'

export function FirstScreen({ demo, worker, workerId, task }: FirstScreenProps) {
  const status = workerStatus(worker, task?.task.status)
  const latest = lastMessage(worker.messages)
  const homeLink = (
    <a href="/" className={HOME_LINK_CLASS}>
      <HomeLinkContent />
    </a>
  )
  return (
    <AppFrame demo={demo} homeLink={homeLink} controls={null}>
      <div className="space-y-6" aria-busy="true">
        {task && <TaskStart task={task.task} question={firstQuestion(task.turns, worker)} />}
        <header className={`space-y-3 ${box}`}>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <div className="flex max-w-full min-w-0 items-center gap-2">
              <h1 className="min-w-0 truncate font-mono text-xl font-semibold" title={workerId}>
                <span className="sr-only">Worker </span>
                {workerId}
              </h1>
              <span role="status" className="shrink-0">
                <StatusBadge status={status} />
              </span>
            </div>
            {!task && <UsageBadge usage={worker.usage} live={status.active} />}
          </div>
          {/* The app's buttons, the run's times and details, in grey until it takes over. */}
          <div aria-hidden="true" className="space-y-3">
            <div className={`h-8 w-[36rem] max-w-full ${skeletonBlock}`} />
            <div className={`h-6 w-80 max-w-full ${skeletonBlock}`} />
            <div className={`h-5 w-40 ${skeletonBlock}`} />
            <div className={`h-5 w-56 ${skeletonBlock}`} />
          </div>
        </header>
        <div className="group flex min-h-[var(--panel-bar-height)] items-center gap-x-4">
          {/* On a phone, an open search takes the row, as in the app's panel bar. */}
          <div
            aria-hidden="true"
            className={`h-8 w-[32rem] max-w-full group-has-[search:not([hidden])]:max-sm:hidden ${skeletonBlock}`}
          />
          <FirstScreenSearch />
        </div>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div className="min-w-0 space-y-6">
            <Panel title="Output">
              {worker.outputText ? (
                <AnswerStartAndEnd text={worker.outputText} />
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">Loading…</p>
              )}
            </Panel>
            {latest && (
              <Panel title="Messages" count={worker.messages.length}>
                <p className="text-xs font-medium text-slate-600 uppercase dark:text-slate-400">
                  {latest.role || 'message'}
                </p>
                <div className={plain}>{cut(latest.text, MESSAGE_CHARS)}</div>
              </Panel>
            )}
          </div>
          <div aria-hidden="true" className="min-w-0 space-y-6">
            <SkeletonPanel lines={6} />
          </div>
        </div>
      </div>
    </AppFrame>
  )
}

/**
 * The answer's start and, when it is long, its end: the conclusion of a report is where many
 * readers go first (End, a scroll), and they find it at once; the app, taking over, keeps the
 * end where the reader saw it (app/first-screen-handover.ts). The container is marked as the
 * app's answer is, so the same rule finds both ends.
 */
function AnswerStartAndEnd({ text }: { text: string }) {
  if (text.length <= ANSWER_START_CHARS + ANSWER_END_CHARS) {
    return (
      <div data-document="output">
        <div className={plain}>{text}</div>
      </div>
    )
  }
  const start = cut(text, ANSWER_START_CHARS)
  const end = cutStart(text, ANSWER_END_CHARS)
  const between = text.length - (start.length - 1) - (end.length - 1)
  return (
    <div data-document="output">
      <div className={plain}>{start}</div>
      <p className="my-3 border-y border-dashed border-slate-300 py-2 text-center text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
        {`${formatNumber(between)} more characters, shown as the page finishes loading`}
      </p>
      <div className={plain}>{end}</div>
    </div>
  )
}

/* The app's search box, hidden until Ctrl+F (shared/first-screen-search.ts runs it). */
function FirstScreenSearch() {
  return (
    <search
      {...{ [FIRST_SEARCH_ATTRIBUTE]: '' }}
      hidden
      className="ml-auto flex min-w-0 items-center gap-2 max-sm:flex-1"
    >
      <input
        type="search"
        aria-label="Search this run"
        placeholder="Search this run"
        className={searchFieldClass}
      />
      <span role="status" aria-live="polite" className={searchStatusClass} />
    </search>
  )
}

/** The task's first question: its first turn's, or (turns come apart) the run's first. */
function firstQuestion(turns: Turn[] | null, worker: Worker): string {
  return turns?.find((turn) => turn.input)?.input ?? userQuestions(worker.messages)[0] ?? ''
}

function TaskStart({ task, question }: { task: Task; question: string }) {
  return (
    <article aria-labelledby="first-task-heading" className={`space-y-4 ${box}`}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="first-task-heading" className="min-w-0 text-lg font-semibold">
          <span className="sr-only">Task:</span> {task.title || '(untitled task)'}
        </h2>
        <StatusBadge status={taskStatus(task.status)} />
      </div>
      {question && <div className={plain}>{cut(question, MESSAGE_CHARS)}</div>}
    </article>
  )
}

function lastMessage(messages: unknown[]): { role: string; text: string } | null {
  for (let index = messages.length - 1; index >= 0; index--) {
    const found = messageText(messages[index])
    if (found?.text) return found
  }
  return null
}

/** The last `max` characters at most, starting at a line start or word where one is near. */
function cutStart(text: string, max: number): string {
  const tail = text.slice(-max)
  const line = tail.indexOf('\n')
  const space = tail.indexOf(' ')
  const at = line !== -1 && line < max * 0.2 ? line : space
  return `…${at !== -1 && at < max * 0.2 ? tail.slice(at + 1) : tail}`
}

/** At most `max` characters, cut at a line end or space where one is near. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max)
  const at = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '))
  return `${at > max * 0.8 ? head.slice(0, at) : head}…`
}
