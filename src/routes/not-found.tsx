import { Link } from 'react-router'
import { primaryButton } from '@/components/ui/styles'

export function NotFoundRoute() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <title>Page not found · Handinger Worker Inspector</title>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        This address is not a page of the inspector. Worker pages look like
        <code className="mx-1 rounded bg-slate-100 px-1 dark:bg-slate-800">/workers/wrk_…</code>.
      </p>
      <Link to="/" className={`mt-6 inline-block ${primaryButton}`}>
        Open a worker
      </Link>
    </div>
  )
}
