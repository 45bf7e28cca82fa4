import { useEffect, useEffectEvent } from 'react'
import { useLocation } from 'react-router'
import type { Worker } from '@/api/worker/schema'
import { keepInView } from '@/lib/keep-in-view'
import { parseDeepLink } from './deep-link'

/*
 * The browser cannot scroll to #message-1200 by itself: that message is not mounted. Once the
 * data is there (and on every later change of the fragment), ask its panel to bring it into
 * view, then align it exactly. Polls do not move the view again.
 */
export function useDeepLink(worker: Worker | undefined) {
  const { hash } = useLocation()
  const loaded = worker !== undefined

  const reveal = useEffectEvent((fragment: string) => {
    if (!worker) return undefined
    const target = parseDeepLink(fragment, {
      messages: worker.messages,
      sourceCount: worker.sources.length,
    })
    if (!target) return undefined
    return keepInView(target.name, target.key)
  })

  useEffect(() => {
    if (!loaded) return
    return reveal(hash)
  }, [hash, loaded])
}
