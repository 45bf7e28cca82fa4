import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import {
  type RefObject,
  createContext,
  use,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react'
import { isTransient } from '@/api/retry'
import { type TaskWithTurns, taskQueries } from '@/api/task/queries'
import type { TaskId } from '@/shared/ids'
import { type FillQueue, createFillQueue } from './fill-queue'
import { type VisibilityWatcher, createVisibilityWatcher } from './visibility-watcher'

/** At most this many task requests of one runs list are under way at a time. */
export const FILL_LIMIT = 3

export type FillTools = { queue: FillQueue; watcher: VisibilityWatcher }

export const FillContext = createContext<FillTools | null>(null)

/** The queue and the row watcher of one list, for as long as it is shown. */
export function useFillTools(): FillTools {
  const [tools] = useState(() => ({
    queue: createFillQueue(FILL_LIMIT),
    watcher: createVisibilityWatcher(),
  }))
  useEffect(() => () => tools.watcher.disconnect(), [tools])
  return tools
}

function useInView(ref: RefObject<Element | null>, watcher: VisibilityWatcher | null): boolean {
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element || !watcher) return
    return watcher.watch(element, setVisible)
  }, [ref, watcher])
  return visible
}

const never = () => () => {}

/*
 * A row's task, shared with every other view of it (taskQueries.detail: the task page's own
 * query, and the cache). It is asked for only when the row is in view and the queue lets it
 * through; once there it is not polled from here, and it is tried once more at most, so a slow
 * task never holds a place for long.
 */
export function useTaskFill(
  taskId: TaskId | null,
  rowRef: RefObject<Element | null>,
): UseQueryResult<TaskWithTurns> {
  const tools = use(FillContext)
  const visible = useInView(rowRef, tools?.watcher ?? null)
  const queue = tools?.queue
  const granted = useSyncExternalStore(
    queue?.subscribe ?? never,
    () => taskId !== null && queue !== undefined && queue.isGranted(taskId),
  )
  const query = useQuery({
    ...taskQueries.detail(taskId),
    enabled: granted,
    refetchInterval: false,
    retry: (failures: number, error: Error) => failures < 1 && isTransient(error),
  })
  const waiting = query.status === 'pending'
  useEffect(() => {
    if (!queue || taskId === null || !visible || !waiting) return
    queue.want(taskId)
    return () => queue.withdraw(taskId)
  }, [queue, taskId, visible, waiting])
  const settled = query.status !== 'pending' && query.fetchStatus === 'idle'
  // The place is given back when the request is over, or when the row goes (its request is
  // then cancelled, having no one left to show it to).
  useEffect(() => {
    if (!queue || taskId === null || !granted) return
    if (settled) {
      queue.done(taskId)
      return
    }
    return () => queue.done(taskId)
  }, [queue, taskId, granted, settled])
  return query
}
