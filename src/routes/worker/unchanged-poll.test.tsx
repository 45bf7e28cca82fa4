import { act, screen, waitFor } from '@testing-library/react'
import { untilParsed } from '@/test/markdown-parsed'
import { Profiler, type ComponentType } from 'react'
import { vi } from 'vitest'
import { workerQueries } from '@/api/worker/queries'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'
import { workerId } from '@/test/ids'

/*
 * Each panel is wrapped in a Profiler, which reports every commit in which anything under it
 * rendered. The panels themselves are the real ones.
 */
const renders = vi.hoisted(() => new Map<string, number>())

function profiled<P extends object>(name: string, Panel: ComponentType<P>) {
  return function ProfiledPanel(props: P) {
    return (
      <Profiler id={name} onRender={() => renders.set(name, (renders.get(name) ?? 0) + 1)}>
        <Panel {...props} />
      </Profiler>
    )
  }
}

vi.mock('@/components/panels/output-panel', async (original) => {
  const real = await original<typeof import('@/components/panels/output-panel')>()
  return { OutputPanel: profiled('Output', real.OutputPanel) }
})
vi.mock('@/components/panels/messages-panel', async (original) => {
  const real = await original<typeof import('@/components/panels/messages-panel')>()
  return { MessagesPanel: profiled('Messages', real.MessagesPanel) }
})
vi.mock('@/components/panels/sources-panel', async (original) => {
  const real = await original<typeof import('@/components/panels/sources-panel')>()
  return { ...real, SourcesPanel: profiled('Sources', real.SourcesPanel) }
})
vi.mock('@/components/panels/files-panel', async (original) => {
  const real = await original<typeof import('@/components/panels/files-panel')>()
  return { FilesPanel: profiled('Files', real.FilesPanel) }
})
vi.mock('@/components/panels/structured-output-panel', async (original) => {
  const real = await original<typeof import('@/components/panels/structured-output-panel')>()
  return { StructuredOutputPanel: profiled('Structured output', real.StructuredOutputPanel) }
})

setupDemoServer()

describe('a poll that brings nothing new', () => {
  it('renders no panel again', async () => {
    const { client } = renderApp('/workers/wrk_demo-research')
    expect(
      await screen.findByRole('region', { name: 'Structured output' }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    const key = workerQueries.detail(workerId('wrk_demo-research'), null).queryKey
    const firstUpdate = client.getQueryState(key)?.dataUpdatedAt ?? 0
    // Let the first render settle (effects, measurements, the markdown worker's blocks) before
    // counting.
    await waitFor(() => expect(client.isFetching()).toBe(0))
    await untilParsed(document.body)
    const before = new Map(renders)
    expect([...before.keys()].sort()).toEqual(
      ['Files', 'Messages', 'Output', 'Sources', 'Structured output'].sort(),
    )

    await act(() => client.refetchQueries({ queryKey: key }))
    await waitFor(() =>
      expect(client.getQueryState(key)?.dataUpdatedAt ?? 0).toBeGreaterThan(firstUpdate),
    )
    // The header did update ("Updated" time); the panels did not render at all.
    expect(new Map(renders)).toEqual(before)
  })
})
