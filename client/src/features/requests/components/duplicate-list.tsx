import { useTranslation } from 'react-i18next'
import { Button, Paragraph } from '@amsterdam/design-system-react'
import type { PossibleDuplicate } from '#shared/contracts/requests'

type DuplicateListProps = {
  duplicates: PossibleDuplicate[]
  actionLabel: string
  onChoose: (duplicate: PossibleDuplicate) => void
}

/** Households the team knows that match what was typed, each with why it matches and a button to take it. */
export function DuplicateList({ duplicates, actionLabel, onChoose }: DuplicateListProps) {
  const { t } = useTranslation()
  return (
    <ul className="naast-card-list">
      {duplicates.map((duplicate) => (
        <li key={duplicate.householdId} className="naast-card">
          <Paragraph>
            <strong>{duplicate.name}</strong>
            <br />
            {duplicate.addressLine}
          </Paragraph>
          <Paragraph size="small">
            {t('intake.matchReason', {
              reasons: duplicate.reasons.map((reason) => t(`intake.reasons.${reason}`)).join(', '),
            })}
          </Paragraph>
          <div>
            <Button variant="secondary" onClick={() => onChoose(duplicate)}>
              {actionLabel}
              <span className="ams-visually-hidden">: {duplicate.name}</span>
            </Button>
          </div>
        </li>
      ))}
    </ul>
  )
}
