import { WHOLE_STYLESHEET_ATTRIBUTE } from '../../shared/whole-stylesheet'

/** The built entry's tag in index.html, and the module preloads of the page's head. */
const ENTRY =
  /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)" nonce="([^"]*)"><\/script>/
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)" nonce="[^"]*">\n?/g

/**
 * A page with a first screen drawn paints it before the app starts. Chromium runs the entry as
 * soon as the page is parsed, before the first frame, and compiles preloaded modules while it
 * lays the page out: on two busy cores that made the first layout four times slower (49-62 ms
 * instead of 13-15) and the entry's evaluation came before the paint. So the entry and every
 * module preload are started after the next frame (or after 200 ms in a page that has no frames,
 * a background tab), by a script that asks for all of them at once.
 */
export function withBootAfterPaint(page: string): string {
  const entry = ENTRY.exec(page)
  if (!entry) return page
  const [tag, src, nonce] = entry
  const modules = [src]
  const rest = page.replace(MODULE_PRELOAD, (_link, href: string) => {
    if (href !== src) modules.push(href)
    return ''
  })
  const list = JSON.stringify(modules).replaceAll('<', '\\u003c')
  const start = `const modules = ${list}
let started = false
const start = () => {
  if (started) return
  started = true
  // The app's whole stylesheet, if the page carries only the first screen's: fetched now but
  // not applied (the app applies it as it replaces the screen), and the app starts once it is in.
  const sheet = document.querySelector('link[${WHOLE_STYLESHEET_ATTRIBUTE}]')
  const styled = new Promise((resolve) => {
    if (!sheet) return resolve()
    sheet.addEventListener('load', resolve)
    sheet.addEventListener('error', resolve)
    // Never held back for good: an app drawn unstyled for a moment beats no app.
    setTimeout(resolve, 5000)
    sheet.media = 'not all'
    sheet.disabled = false
  })
  const nonce = document.querySelector('meta[property="csp-nonce"]')?.nonce
  for (const href of modules) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.crossOrigin = ''
    link.href = href
    if (nonce) link.nonce = nonce
    document.head.append(link)
  }
  styled.then(() => import(modules[0]))
}
requestAnimationFrame(() => setTimeout(start))
setTimeout(start, 200)`
  return rest.replace(tag, () => `<script type="module" nonce="${nonce}">${start}</script>`)
}
