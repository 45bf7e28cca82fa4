import { render, screen } from '@testing-library/react'
import { RouterProvider, createMemoryRouter } from 'react-router'
import { RouteError } from './route-error'

function Broken(): never {
  throw new Error('Cannot read properties of undefined')
}

describe('RouteError', () => {
  it('replaces a crashed page with a readable message and ways out', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const router = createMemoryRouter([{ path: '/', Component: Broken, ErrorBoundary: RouteError }])
    render(<RouterProvider router={router} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Something went wrong')
    expect(alert).toHaveTextContent('Cannot read properties of undefined')
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Open another worker' })).toHaveAttribute('href', '/')
    consoleError.mockRestore()
  })
})
