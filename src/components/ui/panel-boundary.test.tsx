import { render, screen } from '@testing-library/react'
import { PanelBoundary } from './panel-boundary'

function Explodes({ value }: { value: string }): never {
  throw new Error(`cannot render ${value}`)
}

function Fine({ value }: { value: string }) {
  return <p>rendered {value}</p>
}

describe('PanelBoundary', () => {
  it('shows the raw data when the panel throws, and leaves its siblings alone', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <>
        <PanelBoundary name="Sources" raw={{ odd: 'value' }}>
          <Explodes value="x" />
        </PanelBoundary>
        <p>another panel</p>
      </>,
    )
    expect(
      screen.getByRole('heading', { name: /Sources: this panel could not be shown/ }),
    ).toBeVisible()
    expect(screen.getByText(/"odd": "value"/)).toBeVisible()
    expect(screen.getByText('another panel')).toBeVisible()
    spy.mockRestore()
  })

  it('tries again when new data arrives', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const first = { v: 1 }
    const { rerender } = render(
      <PanelBoundary name="Files" raw={first}>
        <Explodes value="a" />
      </PanelBoundary>,
    )
    expect(screen.getByText(/could not be shown/)).toBeVisible()
    rerender(
      <PanelBoundary name="Files" raw={{ v: 2 }}>
        <Fine value="b" />
      </PanelBoundary>,
    )
    expect(screen.getByText('rendered b')).toBeVisible()
    spy.mockRestore()
  })
})
