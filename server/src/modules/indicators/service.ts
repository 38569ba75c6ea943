import {
  definitionKeyOf,
  indicatorKeys,
  type Figure,
  type Indicator,
  type IndicatorKey,
  type IndicatorsReport,
  type Narrative,
  type NarrativeInput,
  type QuarterFigure,
} from '#shared/contracts/indicators'
import { dutchCalendarDate } from '#shared/domain/age'
import { isPictureCurrent } from '#shared/domain/checkpoints'
import { addDays } from '#shared/domain/dates'
import { firstAppointmentDays, firstAppointmentState } from '#shared/domain/first-appointment'
import { daysBetween, median, reopenWindowDays, share } from '#shared/domain/indicators'
import {
  isQuarterAfter,
  previousQuarters,
  quarterAsOf,
  quarterEnd,
  quarterOfDate,
  quarterStart,
  shiftQuarter,
  startOfDutchDay,
} from '#shared/domain/quarters'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Forbidden, Invalid } from '../../plugins/errors.ts'
import { currentSettings } from '../settings/service.ts'
import * as repo from './repo.ts'

const today = (ctx: RequestContext) => dutchCalendarDate(ctx.clock.now())
const dayOf = (instant: string) => dutchCalendarDate(new Date(instant))

/** The chosen quarter, or the current one; a quarter that has not begun yet has no figures and no stories. */
function chosenQuarter(ctx: RequestContext, quarter: string | undefined): string {
  const current = quarterOfDate(today(ctx))
  if (quarter === undefined) return current
  if (isQuarterAfter(quarter, current)) throw Invalid({ quarter: 'indicators.errors.quarterInFuture' })
  return quarter
}

const medianOf = (values: number[]): Figure => ({ value: median(values), count: null, n: values.length })
const shareOf = (count: number, n: number): Figure => ({ value: share(count, n), count, n })

/** What each indicator is for one quarter. The definitions are in README.md ("Decisions") and the UI. */
type Computed = Figure & { withinFiveDays?: Figure }
type Period = { quarter: string; start: string; end: string; asOf: string }

function computeAll(
  ctx: RequestContext,
  teamId: number,
  period: Period,
  pictureMaxAgeDays: number,
): Record<IndicatorKey, Computed> {
  const { start, end, asOf } = period
  const startsAt = startOfDutchDay(start)
  const endsBefore = startOfDutchDay(addDays(end, 1))
  const asOfEndsBefore = startOfDutchDay(addDays(asOf, 1))
  const day = today(ctx)

  // (1) Requests received in the quarter: days until the appointment was made (as known today), and the share
  // made within five days of those with an appointment or whose five days passed without one.
  const requests = repo.requestsReceived(ctx.db, teamId, start, end)
  const waits: number[] = []
  let overdueWithout = 0
  for (const r of requests) {
    if (r.appointmentMadeOn !== null) waits.push(daysBetween(r.receivedOn, r.appointmentMadeOn))
    else if (r.status !== 'closed' && firstAppointmentState(r.receivedOn, null, day) === 'overdue')
      overdueWithout += 1
  }
  const inTime = waits.filter((days) => days <= firstAppointmentDays).length

  // (2) Households with a plan version made in the quarter: does their newest plan at the quarter's end have a
  // member who agrees?
  const plans = repo.planAgreement(ctx.db, teamId, startsAt, endsBefore)

  // (3) Open cases on the as-of day: is every member's newest safety picture at most the configured days old?
  const members = repo.openCaseMembersOn(ctx.db, teamId, asOf, asOfEndsBefore)
  const pictured = new Map<number, boolean>()
  for (const m of members) {
    const current = m.personId !== null && isPictureCurrent(m.lastPictureOn, asOf, pictureMaxAgeDays)
    pictured.set(m.householdId, (pictured.get(m.householdId) ?? true) && current)
  }
  const openCases = [...pictured.values()]

  // (4) Closings in the four quarters up to this one's end: re-opened within six months, and by the as-of day.
  const closings = repo.closingsBetween(ctx.db, teamId, quarterStart(shiftQuarter(period.quarter, -3)), end)
  const reopened = closings.filter(
    (c) =>
      c.reopenedAt !== null &&
      c.reopenedAt < asOfEndsBefore &&
      daysBetween(c.closedOn, dayOf(c.reopenedAt)) <= reopenWindowDays,
  ).length

  // (5) Closings in the quarter: days from the start of support (the first assignment, or the re-opening of an
  // earlier closing) to the closing.
  const lengths = repo
    .closingsWithStart(ctx.db, teamId, start, end)
    .flatMap((c) => {
      if (c.firstStartedAt === null) return []
      const began = c.reopenedAt !== null && c.reopenedAt > c.firstStartedAt ? c.reopenedAt : c.firstStartedAt
      return [daysBetween(dayOf(began), c.closedOn)]
    })
    .filter((days) => days >= 0)

  return {
    firstAppointment: {
      ...medianOf(waits),
      withinFiveDays: shareOf(inTime, waits.length + overdueWithout),
    },
    planAgreed: shareOf(plans.filter((p) => p.agreed === 1).length, plans.length),
    safetyPicture: shareOf(openCases.filter(Boolean).length, openCases.length),
    reopened: shareOf(reopened, closings.length),
    supportLength: medianOf(lengths),
  }
}

const units: Record<IndicatorKey, Indicator['unit']> = {
  firstAppointment: 'days',
  planAgreed: 'share',
  safetyPicture: 'share',
  reopened: 'share',
  supportLength: 'days',
}

/**
 * The team's five indicators for a quarter (default: the current one) and the three quarters before it.
 * Throws Forbidden (not a team member), Invalid (a quarter that has not begun).
 */
export function indicatorsReport(ctx: RequestContext, quarter: string | undefined): IndicatorsReport {
  const actor = requireAccess(ctx, 'team:learn', null, 'indicators.read')
  const chosen = chosenQuarter(ctx, quarter)
  const teamId = actor.teamId ?? -1
  const day = today(ctx)
  const pictureMaxAgeDays = currentSettings(ctx.db).safetyPictureMaxAgeDays
  const quarters = [...previousQuarters(chosen, 3), chosen]
  const computed = quarters.map((q) => ({
    quarter: q,
    figures: computeAll(
      ctx,
      teamId,
      { quarter: q, start: quarterStart(q), end: quarterEnd(q), asOf: quarterAsOf(q, day) },
      pictureMaxAgeDays,
    ),
  }))
  const figureOf = (key: IndicatorKey, q: (typeof computed)[number]): QuarterFigure => {
    const { withinFiveDays, ...figure } = q.figures[key]
    return { quarter: q.quarter, ...figure, withinFiveDays: withinFiveDays ?? null }
  }
  const result: IndicatorsReport = {
    quarter: chosen,
    asOf: quarterAsOf(chosen, day),
    pictureMaxAgeDays,
    indicators: indicatorKeys.map((key) => ({
      key,
      unit: units[key],
      definitionKey: definitionKeyOf(key),
      current: figureOf(key, computed.at(-1)!),
      previous: computed.slice(0, -1).map((q) => figureOf(key, q)),
    })),
  }
  recordAudit(ctx, { operation: 'indicators.read', objectId: chosen })
  return result
}

/** The team's vertelpunten of a quarter (default: the current one). Throws Forbidden, Invalid. */
export function listNarratives(ctx: RequestContext, quarter: string | undefined): Narrative[] {
  const actor = requireAccess(ctx, 'team:learn', null, 'narratives.list')
  const chosen = chosenQuarter(ctx, quarter)
  const result = repo.listNarratives(ctx.db, actor.teamId ?? -1, chosen)
  recordAudit(ctx, { operation: 'narratives.list', objectId: chosen })
  return result
}

/**
 * Writes a vertelpunt for the team and a quarter that has begun. It is about practice, not about a case: it
 * names no household. Throws Forbidden, Invalid.
 */
export function writeNarrative(ctx: RequestContext, input: NarrativeInput): Narrative {
  const actor = requireAccess(ctx, 'team:learn', null, 'narratives.write')
  if (actor.teamId === null) throw Forbidden()
  const quarter = chosenQuarter(ctx, input.quarter)
  const id = ctx.db.transaction((tx) => {
    const id = repo.insertNarrative(tx, {
      teamId: actor.teamId!,
      quarter,
      title: input.title.trim(),
      text: input.text.trim(),
      writtenBy: actor.userId,
      writtenAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'narratives.write', objectId: id })
    return id
  })
  return repo.findNarrative(ctx.db, id)!
}
