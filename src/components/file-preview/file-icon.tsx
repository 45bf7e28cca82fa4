import { type FileKind, KIND_LABELS } from './file-kind'

const COLORS: Record<FileKind, string> = {
  image: 'bg-violet-100 text-violet-800 dark:bg-violet-500/20 dark:text-violet-200',
  pdf: 'bg-rose-100 text-rose-800 dark:bg-rose-500/20 dark:text-rose-200',
  markdown: 'bg-sky-100 text-sky-800 dark:bg-sky-500/20 dark:text-sky-200',
  csv: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-500/20 dark:text-emerald-200',
  json: 'bg-amber-100 text-amber-900 dark:bg-amber-500/20 dark:text-amber-200',
  text: 'bg-slate-100 text-slate-800 dark:bg-slate-700 dark:text-slate-200',
  executable: 'bg-red-700 text-white dark:bg-red-600',
  archive: 'bg-orange-100 text-orange-900 dark:bg-orange-500/20 dark:text-orange-200',
  audio: 'bg-teal-100 text-teal-800 dark:bg-teal-500/20 dark:text-teal-200',
  video: 'bg-indigo-100 text-indigo-800 dark:bg-indigo-500/20 dark:text-indigo-200',
  other: 'bg-slate-100 text-slate-800 dark:bg-slate-700 dark:text-slate-200',
}

/* A type badge from the media type; its accessible name is the kind ("Executable program"). */
export function FileIcon({ kind }: { kind: FileKind }) {
  const label = KIND_LABELS[kind]
  return (
    <span
      role="img"
      aria-label={label.name}
      title={label.name}
      className={`inline-flex h-8 w-11 shrink-0 items-center justify-center rounded font-mono text-[0.65rem] font-bold ${COLORS[kind]}`}
    >
      {label.badge}
    </span>
  )
}
