import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import type { HouseholdDetail, Member } from '#shared/contracts/households'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { MembersTable } from './members-table.tsx'
import { AddMemberForm } from './add-member-form.tsx'
import { MemberDetailsForm } from './member-details-form.tsx'
import { AuthorityForm } from './authority-form.tsx'
import { LeaveHouseholdForm } from './leave-household-form.tsx'
import { NetworkSection } from './network-section.tsx'
import { PortalLoginSection } from './portal-login-section.tsx'
import { ProfessionalsSection } from './professionals-section.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'

const adultAge = 18

/**
 * Everyone around the household, for the professionals on the case: who lives there (and who used to), their
 * own log-ins, the informal network and the professionals involved. Changes sit in folded-away parts under each list.
 */
export function HouseholdPeople({ household }: { household: HouseholdDetail }) {
  return (
    <>
      <MembersSection household={household} />
      <PortalLoginSection household={household} />
      <NetworkSection household={household} />
      <ProfessionalsSection household={household} />
    </>
  )
}

function MembersSection({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const [left, setLeft] = useState<string | null>(null)

  return (
    <section className="naast-stack" aria-labelledby="household-members">
      <Heading level={2} id="household-members">
        {t('household.members')}
      </Heading>
      {left && (
        <FocusedStatus
          key={left}
          heading={t('people.left', { name: left })}
          headingLevel={3}
          onClose={() => setLeft(null)}
        />
      )}
      {household.members.length === 0 ? (
        <Paragraph>{t('household.membersEmpty')}</Paragraph>
      ) : (
        <MembersTable members={household.members} />
      )}
      {household.members.map((member) => (
        <EditMember key={member.id} household={household} member={member} onLeft={setLeft} />
      ))}
      <details className="naast-details">
        <summary>{t('people.addMemberSummary')}</summary>
        <div className="naast-details__body">
          <AddMemberForm householdId={household.id} />
        </div>
      </details>
      <FormerMembers members={household.formerMembers} />
    </section>
  )
}

/** "Kim Jansen wijzigen": the member's details, parental authority for a minor, and leaving the household. */
function EditMember({
  household,
  member,
  onLeft,
}: {
  household: HouseholdDetail
  member: Member
  onLeft: (name: string) => void
}) {
  const { t } = useTranslation()
  const minor = member.age !== null && member.age < adultAge
  return (
    <details className="naast-details">
      <summary>{t('people.editSummary', { name: `${member.givenName} ${member.familyName}` })}</summary>
      <div className="naast-stack naast-readable naast-details__body">
        <MemberDetailsForm householdId={household.id} member={member} />
        {minor && <AuthorityForm householdId={household.id} child={member} members={household.members} />}
        <LeaveHouseholdForm householdId={household.id} member={member} onLeft={onLeft} />
      </div>
    </details>
  )
}

/** People who left the household: their history stays, so they are still named, with the day they left. */
function FormerMembers({ members }: { members: HouseholdDetail['formerMembers'] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  if (members.length === 0) return null
  return (
    <section className="naast-stack" aria-labelledby="household-former-members">
      <Heading level={3} id="household-former-members">
        {t('people.formerTitle')}
      </Heading>
      <ul className="naast-plain-list">
        {members.map((member) => (
          <li key={member.id}>
            {t('household.formerMember', {
              name: `${member.givenName} ${member.familyName}`,
              relation: t(`relations.${member.relation}`),
              date: formatDate(member.leftOn, language),
            })}
          </li>
        ))}
      </ul>
    </section>
  )
}
