import { queryOptions } from '@tanstack/react-query'
import { fetchFileBytes } from './fetch-file'

/*
 * A previewed file's bytes, read when the dialog asks and cancelled if it closes first. A file
 * does not change under its URL while a worker is open, so it is never refetched while cached,
 * and kept only briefly once no dialog shows it (it may be megabytes). No retries: a refusal or
 * a missing file stays so, and the dialog says why.
 */
export const filePreviewQueries = {
  all: () => ['file-preview'] as const,
  bytes: (source: string) =>
    queryOptions({
      queryKey: [...filePreviewQueries.all(), source],
      queryFn: ({ signal }) => fetchFileBytes(source, signal),
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 30_000,
      retry: false,
    }),
}
