import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Lazy routes are transformed on first use, which on a busy machine can outlast 1 s.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => cleanup())
