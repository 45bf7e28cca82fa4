import { Component, type ReactNode } from 'react'
import { JsonBlock } from '@/components/json/json-block'

type Props = {
  /** The panel's name, for the message. */
  name: string
  /** The data the panel was given, shown raw if it cannot be rendered. */
  raw: unknown
  children: ReactNode
}

type State = { failed: boolean; failedFor: unknown }

/*
 * One panel that cannot render a value must not take the page down: the other panels and
 * polling carry on, and this one shows the raw data instead. New data (the next poll) gets a
 * fresh try.
 */
export class PanelBoundary extends Component<Props, State> {
  state: State = { failed: false, failedFor: undefined }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.failed && state.failedFor === undefined) return { failedFor: props.raw }
    if (state.failed && state.failedFor !== props.raw)
      return { failed: false, failedFor: undefined }
    return null
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <section
        aria-label={this.props.name}
        className="min-w-0 rounded-lg border border-rose-200 bg-white p-4 dark:border-rose-900/60 dark:bg-slate-900"
      >
        <h2 className="text-sm font-semibold text-rose-800 dark:text-rose-300">
          {this.props.name}: this panel could not be shown
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-700 dark:text-slate-300">
          Part of the response has a shape the inspector cannot display. Here it is as received.
        </p>
        <JsonBlock value={this.props.raw} />
      </section>
    )
  }
}
