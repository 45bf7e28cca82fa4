import { useEffect, useState } from 'react'
import { focusRing, smallButton } from '../ui/styles'

type Zoom = 'fit' | number
const STEPS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4]

function nextStep(zoom: number, direction: 1 | -1): number {
  const index = STEPS.findIndex((step) => step >= zoom - 1e-9)
  const base = index === -1 ? STEPS.length - 1 : index
  const next = STEPS[Math.max(0, Math.min(STEPS.length - 1, base + direction))]
  return next ?? zoom
}

/*
 * The image is shown from a data: URL made from bytes already fetched (the page's CSP allows
 * img-src data:), so nothing is requested again and no other host is contacted.
 */
export function ImagePreview({
  bytes,
  mediaType,
  name,
}: {
  bytes: Uint8Array
  mediaType: string
  name: string
}) {
  const [source, setSource] = useState<string | null>(null)
  const [zoom, setZoom] = useState<Zoom>('fit')
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null)
  const [broken, setBroken] = useState(false)

  useEffect(() => {
    let live = true
    const reader = new FileReader()
    reader.onload = () => {
      if (live && typeof reader.result === 'string') setSource(reader.result)
    }
    reader.readAsDataURL(new Blob([bytes.slice()], { type: mediaType }))
    return () => {
      live = false
      reader.abort()
    }
  }, [bytes, mediaType])

  const scale = zoom === 'fit' ? null : zoom
  const percent = scale === null ? 'Fit' : `${Math.round(scale * 100)}%`
  if (broken)
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">This image could not be decoded.</p>
    )
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Zoom">
        <button
          type="button"
          className={smallButton}
          aria-pressed={zoom === 'fit'}
          onClick={() => setZoom('fit')}
        >
          Fit
        </button>
        <button
          type="button"
          className={smallButton}
          aria-pressed={zoom === 1}
          onClick={() => setZoom(1)}
        >
          100%
        </button>
        <button
          type="button"
          className={smallButton}
          onClick={() => setZoom(nextStep(scale ?? 1, -1))}
        >
          Zoom out
        </button>
        <button
          type="button"
          className={smallButton}
          onClick={() => setZoom(nextStep(scale ?? 1, 1))}
        >
          Zoom in
        </button>
        <span role="status" className="text-xs text-slate-600 tabular-nums dark:text-slate-400">
          {percent}
        </span>
      </div>
      {/* Focusable: the zoomed image scrolls, and a scroll region must be reachable by keyboard. */}
      <div
        tabIndex={0}
        role="region"
        aria-label="Image"
        className={`max-h-[65vh] overflow-auto rounded bg-slate-100 dark:bg-slate-950 ${focusRing}`}
      >
        {source && (
          <img
            src={source}
            alt={`Preview of ${name}`}
            onLoad={(event) =>
              setNatural({
                width: event.currentTarget.naturalWidth,
                height: event.currentTarget.naturalHeight,
              })
            }
            onError={() => setBroken(true)}
            style={
              scale !== null && natural
                ? { width: natural.width * scale, height: natural.height * scale, maxWidth: 'none' }
                : { maxWidth: '100%', maxHeight: '65vh' }
            }
            className="mx-auto block"
          />
        )}
      </div>
    </div>
  )
}
