/**
 * The author may correct a conversation entry for 24 hours after writing it; after that it is fixed and only
 * addenda can be added (a file that changes silently cannot be relied on).
 */
export const correctionWindowMs = 24 * 60 * 60 * 1000

export function correctableUntil(createdAt: string): string {
  return new Date(Date.parse(createdAt) + correctionWindowMs).toISOString()
}

export function isCorrectable(createdAt: string, now: Date): boolean {
  return now.getTime() < Date.parse(createdAt) + correctionWindowMs
}
