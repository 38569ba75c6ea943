/**
 * One visit is one line: opening a household page reads the household, its conversations, plan, consents and
 * more, each its own audit event. The household reads "Sanne de Boer bekeek uw gegevens, het plan en …" once,
 * not nine lines. Events are newest first; an event joins the line above when it is by the same person, of the
 * same kind, within ten minutes of that line's newest event.
 */
export type LoggedAccess = { id: number; at: string; who: string; role: string; kind: string; about: string }
export type AccessVisit<E extends LoggedAccess> = E & { abouts: string[] }

export const visitMinutes = 10

export function groupVisits<E extends LoggedAccess>(entries: E[]): AccessVisit<E>[] {
  const visits: AccessVisit<E>[] = []
  for (const entry of entries) {
    const last = visits[visits.length - 1]
    const sameVisit =
      last !== undefined &&
      last.who === entry.who &&
      last.role === entry.role &&
      last.kind === entry.kind &&
      Date.parse(last.at) - Date.parse(entry.at) <= visitMinutes * 60_000
    if (sameVisit) {
      if (!last.abouts.includes(entry.about)) last.abouts.push(entry.about)
    } else {
      visits.push({ ...entry, abouts: [entry.about] })
    }
  }
  return visits
}
