import { isRecord } from '@/shared/guards'

/*
 * A Map, not an object literal: a role named "constructor" or "__proto__" must not find
 * Object.prototype's members (which React would then try to render).
 */
const ROLE_LABELS = new Map([
  ['user', 'User'],
  ['assistant', 'Assistant'],
  ['system', 'System'],
  ['tool', 'Tool'],
])

/** The message's role when it has a string one; null for anything that is not a message. */
export function roleOf(message: unknown): string | null {
  return isRecord(message) && typeof message.role === 'string' ? message.role : null
}

/** A known role's label; unknown roles are shown as written (through UntrustedText). */
export function knownRoleLabel(role: string): string | undefined {
  return ROLE_LABELS.get(role)
}

/**
 * A turn starts with each user message: the question and everything the agent did about it.
 * Returns message index -> turn number (1-based), and the index of each turn's first message.
 */
export function turnStarts(messages: readonly unknown[]): {
  turnAt: Map<number, number>
  firstMessage: number[]
} {
  const turnAt = new Map<number, number>()
  const firstMessage: number[] = []
  messages.forEach((message, index) => {
    if (roleOf(message) !== 'user') return
    firstMessage.push(index)
    turnAt.set(index, firstMessage.length)
  })
  return { turnAt, firstMessage }
}
