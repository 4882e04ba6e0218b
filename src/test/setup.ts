import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())

// A test that logs a React or query error has found a bug even if its assertions pass.
const failOn = (method: 'error' | 'warn') => {
  const original = console[method]
  console[method] = (...args: unknown[]) => {
    original(...args)
    throw new Error(`console.${method} was called: ${args.map(String).join(' ')}`)
  }
}
failOn('error')
