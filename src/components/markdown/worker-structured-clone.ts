/* The markdown worker's structuredClone: the platform's own (see vite.config.ts). */
export default function clone<T>(value: T): T {
  return structuredClone(value)
}
