/*
 * A page with a first screen drawn by the server carries only that screen's stylesheet; the
 * app's whole one is linked with this attribute, disabled (server/page/page-html.ts). The page's
 * start script fetches it after the first paint without applying it (media "not all"), and the
 * app applies it in its first commit (app/whole-stylesheet.tsx): its rules style the app's own
 * page once, never the server's screen that is about to go (a restyle of 46-64 ms on two busy
 * cores, all of it wasted).
 */
export const WHOLE_STYLESHEET_ATTRIBUTE = 'data-after-paint'
