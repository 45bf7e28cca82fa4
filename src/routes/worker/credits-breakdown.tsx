import { useMemo } from 'react'
import type { Turn } from '@/api/task/schema'
import { type TurnShare, turnShares } from '@/api/task/turn-shares'
import { type ToolTally, tallyTools } from '@/api/worker/tool-calls'
import { UntrustedText } from '@/components/ui/untrusted-text'
import { formatCredits, formatNumber, formatShare } from '@/lib/format'

type Props = {
  messages: unknown[]
  /** The task's turns on a task page; null elsewhere. */
  turns: readonly Turn[] | null
}

/* A run may call hundreds of differently named tools; the rest are counted, not listed. */
const SHOWN_TOOLS = 20

/*
 * Where the credits went: each turn's share of the task's credits and tokens (task pages), and
 * how often each tool was called and failed. Folded like Run details: the header stays short.
 */
export function CreditsBreakdown({ messages, turns }: Props) {
  const tools = useMemo(() => tallyTools(messages), [messages])
  const shares = useMemo(() => (turns ? turnShares(turns) : []), [turns])
  if (tools.length === 0 && shares.length === 0) return null
  const calls = tools.reduce((sum, tool) => sum + tool.calls, 0)
  const failed = tools.reduce((sum, tool) => sum + tool.failed, 0)
  const gist = [
    shares.length > 0 && plural(shares.length, 'turn', 'turns'),
    calls > 0 &&
      `${plural(calls, 'tool call', 'tool calls')}${failed > 0 ? `, ${formatNumber(failed)} failed` : ''}`,
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
        Where the credits went
        <span className="ml-2 font-normal text-slate-600 dark:text-slate-400">{gist}</span>
      </summary>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        {shares.length > 0 && <TurnShares shares={shares} />}
        {tools.length > 0 && <ToolTallies tools={tools} />}
      </div>
    </details>
  )
}

function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`
}

const heading =
  'mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400'

function TurnShares({ shares }: { shares: TurnShare[] }) {
  return (
    <table className="w-full text-left tabular-nums">
      <caption className={`${heading} text-left`}>Per turn</caption>
      <thead className="text-xs text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className="w-12 py-1 pr-3 font-medium">
            Turn
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            Credits
          </th>
          <th scope="col" className="py-1 font-medium">
            Tokens
          </th>
        </tr>
      </thead>
      <tbody>
        {shares.map((share, index) => (
          // In the turn list's order; seq may repeat (see TaskDetails).
          <tr key={index} className="border-t border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
              {formatNumber(share.seq + 1)}
            </th>
            <td className="py-1 pr-3">
              <Figure
                value={share.credits === null ? null : formatCredits(share.credits)}
                share={share.creditShare}
                bar="bg-amber-500/80"
              />
            </td>
            <td className="py-1">
              <Figure
                value={share.tokens === null ? null : formatNumber(share.tokens)}
                share={share.tokenShare}
                bar="bg-sky-500/70"
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/* The figure with its share, and a bar as long as the share for the eye. */
function Figure({
  value,
  share,
  bar,
}: {
  value: string | null
  share: number | null
  bar: string
}) {
  if (value === null) return <span className="text-slate-600 dark:text-slate-400">—</span>
  return (
    <span className="block min-w-0">
      <span className="whitespace-nowrap">{value}</span>
      {share !== null && (
        <span className="ml-1.5 font-semibold whitespace-nowrap">{formatShare(share)}</span>
      )}
      {share !== null && (
        <span
          aria-hidden="true"
          className="mt-0.5 block h-1 rounded-full bg-slate-100 dark:bg-slate-800"
        >
          <span className={`block h-1 rounded-full ${bar}`} style={{ width: `${share * 100}%` }} />
        </span>
      )}
    </span>
  )
}

function ToolTallies({ tools }: { tools: ToolTally[] }) {
  const hidden = tools.length - SHOWN_TOOLS
  return (
    <div>
      <p className={heading}>Per tool</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {tools.slice(0, SHOWN_TOOLS).map((tool) => (
          <li key={tool.name} className="whitespace-nowrap tabular-nums">
            <code className="font-mono text-slate-900 dark:text-slate-100">
              <UntrustedText text={tool.name} placeholder="(unnamed)" max={40} />
            </code>{' '}
            ×{formatNumber(tool.calls)}
            <span className="sr-only"> {tool.calls === 1 ? 'call' : 'calls'}</span>
            {tool.failed > 0 && (
              <span className="ml-1.5 text-rose-800 dark:text-rose-300">
                {formatNumber(tool.failed)} failed
              </span>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          and {plural(hidden, 'more tool', 'more tools')}
        </p>
      )}
    </div>
  )
}
