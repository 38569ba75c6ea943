import type {
  AddMemberInput,
  AuthorityInput,
  NetworkMemberInput,
  ProfessionalInput,
  UpdateMemberInput,
} from '#shared/contracts/members'
import type { HouseholdDetail } from '#shared/contracts/households'
import type { NewMemberInput } from '#shared/contracts/requests'
import type { Tx } from '../../db/client.ts'
import { ageOn, dutchCalendarDate } from '#shared/domain/age'
import { normaliseBsn } from '#shared/domain/bsn'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Invalid, NotFound } from '../../plugins/errors.ts'
import { householdDetail } from '../households/service.ts'
import * as repo from './repo.ts'

const adultAge = 18
const today = (ctx: RequestContext) => dutchCalendarDate(ctx.clock.now())
const isAdult = (birthdate: string, on: string) => birthdate !== '' && ageOn(birthdate, on) >= adultAge

/** Someone joins the household. Throws Invalid (dates in the future), NotFound. */
export function addMember(ctx: RequestContext, householdId: number, input: AddMemberInput): HouseholdDetail {
  requireAccess(ctx, 'household:write', householdId, 'member.add')
  const now = today(ctx)
  const fieldErrors: Record<string, string> = {}
  if (input.birthdate && input.birthdate > now) fieldErrors.birthdate = 'errors.birthdateInFuture'
  if (input.joinedOn && input.joinedOn > now) fieldErrors.joinedOn = 'errors.dateInFuture'
  if (Object.keys(fieldErrors).length) throw Invalid(fieldErrors)
  ctx.db.transaction((tx) => {
    const [id] = createMembers(tx, householdId, [input], input.joinedOn ?? now, ctx.clock.now().toISOString())
    recordAudit(ctx, { operation: 'member.add', householdId, personId: id })
  })
  return householdDetail(ctx, householdId)
}

/**
 * Writes new members and the authority over the minors among them (positions refer to the same list), inside
 * the caller's transaction; the caller has checked access and the rules. Returns the new person ids in order.
 */
export function createMembers(
  tx: Tx,
  householdId: number,
  members: NewMemberInput[],
  joinedOn: string,
  at: string,
) {
  const ids = members.map(
    (m) =>
      repo.insertMember(tx, {
        householdId,
        givenName: m.givenName,
        familyName: m.familyName,
        birthdate: m.birthdate ?? '',
        relation: m.relation,
        bsn: m.bsn ? normaliseBsn(m.bsn) : null,
        phone: m.phone || null,
        email: m.email || null,
        preferredLanguage: m.preferredLanguage || null,
        interpreterNeeded: m.interpreterNeeded ?? false,
        joinedOn,
        createdAt: at,
      }).id,
  )
  members.forEach((m, index) => {
    const holders = [
      ...(m.authorityHolders?.memberIndexes ?? []).map((i) => ({ holderPersonId: ids[i]! })),
      ...(m.authorityHolders?.external ?? []).map((e) => ({
        externalName: e.name,
        externalContact: e.contact || null,
      })),
    ]
    if (holders.length) repo.replaceAuthorityHolders(tx, ids[index]!, holders, at)
  })
  return ids
}

/** Throws Invalid (birthdate in the future, a representative for a minor), NotFound. */
export function updateMember(
  ctx: RequestContext,
  householdId: number,
  personId: number,
  input: UpdateMemberInput,
): HouseholdDetail {
  requireAccess(ctx, 'household:write', householdId, 'member.update')
  const member = repo.findCurrentMember(ctx.db, householdId, personId)
  if (!member) throw NotFound()
  const now = today(ctx)
  const birthdate = input.birthdate ?? member.birthdate
  if (input.birthdate && input.birthdate > now) throw Invalid({ birthdate: 'errors.birthdateInFuture' })
  // A representative (mentor, curator) is for an adult who cannot decide; for minors, authority holders decide.
  if (input.representative && !isAdult(birthdate, now)) {
    throw Invalid({ representative: 'errors.representativeOnlyForAdults' })
  }
  const { representative, bsn, ...rest } = input
  ctx.db.transaction((tx) => {
    repo.updateMember(tx, personId, {
      ...rest,
      ...(bsn !== undefined ? { bsn: bsn === null ? null : normaliseBsn(bsn) } : {}),
      ...(representative !== undefined
        ? {
            representativeName: representative?.name ?? null,
            representativeKind: representative?.kind ?? null,
          }
        : {}),
    })
    recordAudit(ctx, { operation: 'member.update', householdId, personId })
  })
  return householdDetail(ctx, householdId)
}

/** Someone leaves; their history stays with the household. Throws Invalid, NotFound. */
export function leaveHousehold(ctx: RequestContext, householdId: number, personId: number, leftOn: string) {
  requireAccess(ctx, 'household:write', householdId, 'member.leave')
  const member = repo.findCurrentMember(ctx.db, householdId, personId)
  if (!member) throw NotFound()
  if (leftOn > today(ctx)) throw Invalid({ leftOn: 'errors.dateInFuture' })
  if (member.joinedOn && leftOn < member.joinedOn) throw Invalid({ leftOn: 'errors.leftBeforeJoined' })
  ctx.db.transaction((tx) => {
    repo.updateMember(tx, personId, { leftOn })
    recordAudit(ctx, { operation: 'member.leave', householdId, personId })
  })
  return householdDetail(ctx, householdId)
}

/**
 * Who holds parental authority over a minor: adults of the household, or people outside it. Throws Invalid (not a
 * minor, a holder who is not an adult member), NotFound.
 */
export function setAuthority(
  ctx: RequestContext,
  householdId: number,
  personId: number,
  input: AuthorityInput,
) {
  requireAccess(ctx, 'household:write', householdId, 'member.authority')
  const child = repo.findCurrentMember(ctx.db, householdId, personId)
  if (!child) throw NotFound()
  const now = today(ctx)
  if (child.birthdate === '' || isAdult(child.birthdate, now))
    throw Invalid({ holders: 'errors.authorityOnlyForMinors' })
  for (const holder of input.holders) {
    if (!('personId' in holder)) continue
    const adult = repo.findCurrentMember(ctx.db, householdId, holder.personId)
    if (!adult || !isAdult(adult.birthdate, now)) throw Invalid({ holders: 'errors.authorityHolderNotAdult' })
  }
  ctx.db.transaction((tx) => {
    repo.replaceAuthorityHolders(
      tx,
      personId,
      input.holders.map((h) =>
        'personId' in h
          ? { holderPersonId: h.personId }
          : { externalName: h.name, externalContact: h.contact || null },
      ),
      ctx.clock.now().toISOString(),
    )
    recordAudit(ctx, { operation: 'member.authority', householdId, personId })
  })
  return householdDetail(ctx, householdId)
}

export function addNetworkMember(ctx: RequestContext, householdId: number, input: NetworkMemberInput) {
  requireAccess(ctx, 'household:write', householdId, 'network.add')
  ctx.db.transaction((tx) => {
    const { id } = repo.insertNetworkMember(tx, {
      householdId,
      name: input.name,
      relation: input.relation,
      howTheyHelp: input.howTheyHelp || null,
      contact: input.contact || null,
      createdAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'network.add', householdId, objectId: id })
  })
  return householdDetail(ctx, householdId)
}

/** Throws NotFound (not in this household's current network). */
export function endNetworkMember(ctx: RequestContext, householdId: number, networkMemberId: number) {
  requireAccess(ctx, 'household:write', householdId, 'network.end')
  ctx.db.transaction((tx) => {
    if (repo.endNetworkMember(tx, householdId, networkMemberId, today(ctx)) === 0) throw NotFound()
    recordAudit(ctx, { operation: 'network.end', householdId, objectId: networkMemberId })
  })
  return householdDetail(ctx, householdId)
}

/** Throws Invalid (organisation not on the administrator's list). */
export function addProfessional(ctx: RequestContext, householdId: number, input: ProfessionalInput) {
  requireAccess(ctx, 'household:write', householdId, 'professional.add')
  if (!repo.findActiveOrganisation(ctx.db, input.organisationId)) {
    throw Invalid({ organisationId: 'errors.unknownOrganisation' })
  }
  ctx.db.transaction((tx) => {
    const { id } = repo.insertProfessional(tx, {
      householdId,
      organisationId: input.organisationId,
      contactPerson: input.contactPerson,
      role: input.role || null,
      contact: input.contact || null,
      createdAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'professional.add', householdId, objectId: id })
  })
  return householdDetail(ctx, householdId)
}

export function endProfessional(ctx: RequestContext, householdId: number, professionalId: number) {
  requireAccess(ctx, 'household:write', householdId, 'professional.end')
  ctx.db.transaction((tx) => {
    if (repo.endProfessional(tx, householdId, professionalId, today(ctx)) === 0) throw NotFound()
    recordAudit(ctx, { operation: 'professional.end', householdId, objectId: professionalId })
  })
  return householdDetail(ctx, householdId)
}

export function listOrganisations(ctx: RequestContext) {
  requireAccess(ctx, 'request:register', null, 'organisations.list')
  return repo.listActiveOrganisations(ctx.db)
}
