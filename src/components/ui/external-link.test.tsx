import { render, screen } from '@testing-library/react'
import { ExternalLink } from './external-link'

describe('ExternalLink', () => {
  it('links safe URLs in a new tab without opener', () => {
    render(<ExternalLink url="https://example.com/a">Example</ExternalLink>)
    const link = screen.getByRole('link', { name: 'Example' })
    expect(link).toHaveAttribute('href', 'https://example.com/a')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link).toHaveAttribute('target', '_blank')
  })

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,x',
    '/relative',
    42,
    null,
  ])('renders %j as text', (url) => {
    render(<ExternalLink url={url}>Label</ExternalLink>)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByText('Label')).not.toHaveAttribute('href')
  })

  it.each(['/api/workers/wrk_1', '/_app/session', '/workers/wrk_1'])(
    'renders a link into the inspector itself (%s) as text',
    (path) => {
      render(<ExternalLink url={`${window.location.origin}${path}`}>Label</ExternalLink>)
      expect(screen.queryByRole('link')).not.toBeInTheDocument()
    },
  )
})
