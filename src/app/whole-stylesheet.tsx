import { useInsertionEffect } from 'react'
import { WHOLE_STYLESHEET_ATTRIBUTE } from '@/shared/whole-stylesheet'

/**
 * Applies the app's whole stylesheet (fetched but held back, see shared/whole-stylesheet.ts) in
 * the app's first commit: an insertion effect runs before any layout effect reads the page.
 */
export function WholeStylesheet(): null {
  useInsertionEffect(() => {
    document.querySelector(`link[${WHOLE_STYLESHEET_ATTRIBUTE}]`)?.removeAttribute('media')
  }, [])
  return null
}
