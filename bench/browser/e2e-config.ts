import type { BrowserContextOptions, LaunchOptions } from '@playwright/test'

/*
 * The benchmark runs where the end-to-end tests run: same Chromium, same flags, same device,
 * same server command. All of it is read from playwright.config.ts rather than copied.
 */
export type WebServer = {
  command: string
  url?: string
  env?: Record<string, string>
  timeout?: number
}

export type E2eSetup = {
  webServer: WebServer
  launchOptions: LaunchOptions
  contextOptions: BrowserContextOptions
}

export async function loadE2eSetup(port: number): Promise<E2eSetup> {
  // The config reads E2E_PORT when it loads, so set it first.
  process.env.E2E_PORT = String(port)
  const { default: config } = await import('../../playwright.config.ts')
  const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer
  if (!webServer?.command)
    throw new Error('playwright.config.ts has no webServer command to reuse.')
  const project = config.projects?.find((p) => p.use?.launchOptions?.executablePath)
  const use = project?.use
  if (!use?.launchOptions) throw new Error('playwright.config.ts has no Chromium project to reuse.')
  const { launchOptions, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale } = use
  return {
    webServer,
    launchOptions,
    contextOptions: { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale },
  }
}
