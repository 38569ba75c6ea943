import { useEffect, useState } from 'react'

/**
 * The value once it has stopped changing for `delay` ms: look-ups wait until the user pauses typing. A string
 * (serialise objects first), so an equal value is the same value and does not restart the wait.
 */
export function useDebouncedValue(value: string, delay = 400): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return settled
}
