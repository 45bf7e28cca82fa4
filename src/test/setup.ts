import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy/waitFor wait for an event; the cap only matters on a slow machine (lazy route chunks).
configure({ asyncUtilTimeout: 5000 })

afterEach(() => cleanup())
