/*
 * What a file is, from its media type alone: the name is chosen by whoever wrote the file, and a
 * name ending in ".pdf" says nothing about the bytes. The media type is untrusted too, so it is
 * only parsed, never echoed into markup, and anything unexpected is "other". Which kinds can be
 * previewed is decided apart, in shared/preview-media.ts.
 */
import { essenceOf } from '@/shared/preview-media'

export type FileKind =
  | 'image'
  | 'pdf'
  | 'markdown'
  | 'csv'
  | 'json'
  | 'text'
  | 'executable'
  | 'archive'
  | 'audio'
  | 'video'
  | 'other'

const EXECUTABLE = new Set([
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-sh',
  'application/x-shellscript',
  'application/x-bat',
  'application/x-msi',
  'application/vnd.microsoft.portable-executable',
  'application/java-archive',
  'application/vnd.android.package-archive',
  'application/x-apple-diskimage',
])
const ARCHIVE = new Set([
  'application/zip',
  'application/gzip',
  'application/x-gzip',
  'application/x-tar',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
  'application/vnd.rar',
  'application/x-bzip2',
  'application/x-xz',
])
/* Formats the browser decodes in an <img>; an SVG in an <img> runs no scripts. */
const IMAGE = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/svg+xml',
  'image/x-icon',
  'image/vnd.microsoft.icon',
])
const TEXT_APPLICATIONS = new Set([
  'application/xml',
  'application/yaml',
  'application/x-yaml',
  'application/toml',
  'application/sql',
  'application/x-python',
])

export function fileKind(mediaType: unknown): FileKind {
  const essence = essenceOf(mediaType)
  if (!essence) return 'other'
  if (EXECUTABLE.has(essence)) return 'executable'
  if (ARCHIVE.has(essence)) return 'archive'
  if (essence === 'application/pdf') return 'pdf'
  if (essence === 'application/json' || essence.endsWith('+json')) return 'json'
  if (essence === 'text/markdown' || essence === 'text/x-markdown') return 'markdown'
  if (essence === 'text/csv') return 'csv'
  if (IMAGE.has(essence)) return 'image'
  if (essence.startsWith('image/')) return 'other'
  if (essence.startsWith('audio/')) return 'audio'
  if (essence.startsWith('video/')) return 'video'
  // text/html is shown as source text, never rendered.
  if (essence.startsWith('text/') || TEXT_APPLICATIONS.has(essence)) return 'text'
  return 'other'
}

export const KIND_LABELS: Record<FileKind, { badge: string; name: string }> = {
  image: { badge: 'IMG', name: 'Image' },
  pdf: { badge: 'PDF', name: 'PDF document' },
  markdown: { badge: 'MD', name: 'Markdown' },
  csv: { badge: 'CSV', name: 'CSV table' },
  json: { badge: 'JSON', name: 'JSON' },
  text: { badge: 'TXT', name: 'Text' },
  executable: { badge: 'EXE', name: 'Executable program' },
  archive: { badge: 'ZIP', name: 'Archive' },
  audio: { badge: 'AUD', name: 'Audio' },
  video: { badge: 'VID', name: 'Video' },
  other: { badge: 'FILE', name: 'File' },
}
