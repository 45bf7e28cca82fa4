import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'

/*
 * The workerd journeys alone (`npm run test:e2e:workerd`); `npm test` runs them with the rest,
 * on the same build (playwright.config.ts).
 */
export default defineConfig({
  ...base,
  projects: (base.projects ?? []).filter((project) => project.name === 'workerd-chromium'),
})
