import { render, screen, within } from '@testing-library/react'
import type { WorkerFile } from '@/api/schema'
import { FilesPanel } from './files-panel'

describe('FilesPanel', () => {
  it('shows name, media type and size, with a named download link', () => {
    const files: WorkerFile[] = [
      {
        filename: 'report.csv',
        mediaType: 'text/csv',
        url: 'https://cdn.example.com/f/1',
        size: 204800,
      },
    ]
    render(<FilesPanel files={files} />)
    const panel = screen.getByRole('region', { name: 'Files' })
    expect(within(panel).getByText('report.csv')).toBeVisible()
    expect(within(panel).getByText('text/csv · 200 KB')).toBeVisible()
    const link = within(panel).getByRole('link', { name: 'Download report.csv' })
    expect(link).toHaveAttribute('href', 'https://cdn.example.com/f/1')
    expect(link).toHaveAttribute('download')
    expect(link).toHaveTextContent('Download')
  })

  it('names a file from its URL, or "Unnamed file"', () => {
    const files: WorkerFile[] = [
      { filename: null, mediaType: 'application/pdf', url: 'https://x.example/a/My%20Deck.pdf' },
      { filename: null, mediaType: 'application/octet-stream', url: 'https://x.example/' },
    ]
    render(<FilesPanel files={files} />)
    expect(screen.getByRole('link', { name: 'Download My Deck.pdf' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Download Unnamed file' })).toBeInTheDocument()
    expect(screen.getByText('application/pdf')).toBeVisible()
  })

  it('offers no download for unsafe URLs', () => {
    const files: WorkerFile[] = [
      { filename: 'evil.html', mediaType: 'text/html', url: 'javascript:alert(1)' },
      {
        filename: 'blob.bin',
        mediaType: 'text/html',
        url: 'data:text/html,<script>alert(1)</script>',
      },
      { filename: 'mail', mediaType: 'text/plain', url: 'mailto:a@example.com' },
    ]
    const { container } = render(<FilesPanel files={files} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container.querySelector('[href]')).toBeNull()
    expect(screen.getByText('evil.html')).toBeVisible()
    expect(screen.getAllByText(/no safe download link/)).toHaveLength(3)
  })

  it('shows a hostile file name as text', () => {
    const name = '<img src=x onerror=alert(1)>.png'
    const { container } = render(
      <FilesPanel
        files={[{ filename: name, mediaType: 'image/png', url: 'https://x.example/p' }]}
      />,
    )
    expect(screen.getByRole('link', { name: `Download ${name}` })).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('says when there are no files', () => {
    render(<FilesPanel files={[]} />)
    expect(screen.getByText('No files produced.')).toBeVisible()
  })
})
