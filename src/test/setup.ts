import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { installMarkdownWorker } from './in-process-markdown-worker'

// findBy/waitFor wait for an event; the cap only matters on a slow machine (lazy route chunks).
configure({ asyncUtilTimeout: 5000 })

// jsdom has no Worker; markdown is parsed by a stand-in that runs the worker's job in this thread.
installMarkdownWorker()

afterEach(() => cleanup())
