import { useState } from 'react'
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
 * The image is loaded by the browser from `src`: this origin, or the server's file route, which
 * only passes PNG, JPEG, GIF and WebP that really are one. In an <img> an image runs nothing.
 */
export function ImagePreview({ src, name }: { src: string; name: string }) {
  const [zoom, setZoom] = useState<Zoom>('fit')
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null)
  const [broken, setBroken] = useState(false)

  const scale = zoom === 'fit' ? null : zoom
  const percent = scale === null ? 'Fit' : `${Math.round(scale * 100)}%`
  if (broken)
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The image could not be shown: it could not be loaded or is not a valid image. Download it
        instead.
      </p>
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
        <img
          src={src}
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
      </div>
    </div>
  )
}
