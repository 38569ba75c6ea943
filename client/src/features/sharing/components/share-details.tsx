import { useTranslation } from 'react-i18next'
import { DescriptionList } from '@amsterdam/design-system-react'
import { DataCategory } from '#shared/contracts/consents'
import type { SharePreview } from '#shared/contracts/sharing'
import { formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { basisText } from './share-basis.tsx'

type ShareFields = SharePreview['share']

/**
 * The facts of one share, in words: about whom, what for, which data, the summary, how, on what basis and who
 * recorded it. The log names when and with whom in each entry's heading; the preview lists them here too.
 */
export function ShareDetails({
  share,
  withWhenAndRecipient,
}: {
  share: ShareFields
  withWhenAndRecipient: boolean
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const categories = DataCategory.options.filter((category) => share.categories.includes(category))

  return (
    <DescriptionList termsWidth="medium" className="naast-share-details">
      {withWhenAndRecipient && (
        <>
          <DescriptionList.Term>{t('sharing.sharedAt')}</DescriptionList.Term>
          <DescriptionList.Description>
            {formatDateTime(share.sharedAt, language)}
          </DescriptionList.Description>
          <DescriptionList.Term>{t('sharing.recipient')}</DescriptionList.Term>
          <DescriptionList.Description>{share.recipient}</DescriptionList.Description>
        </>
      )}
      <DescriptionList.Term>{t('sharing.persons')}</DescriptionList.Term>
      <DescriptionList.Description>
        {share.persons.map((person) => person.name).join(', ')}
      </DescriptionList.Description>
      <DescriptionList.Term>{t('sharing.purpose')}</DescriptionList.Term>
      <DescriptionList.Description>{share.purpose}</DescriptionList.Description>
      <DescriptionList.Term>{t('sharing.categories')}</DescriptionList.Term>
      <DescriptionList.Description>
        {categories.map((category) => t(`sharing.categoryNames.${category}`)).join(', ')}
      </DescriptionList.Description>
      <DescriptionList.Term>{t('sharing.summary')}</DescriptionList.Term>
      <DescriptionList.Description className="naast-share-summary">
        {share.summary}
      </DescriptionList.Description>
      <DescriptionList.Term>{t('sharing.how')}</DescriptionList.Term>
      <DescriptionList.Description>{t(`sharing.hows.${share.how}`)}</DescriptionList.Description>
      <DescriptionList.Term>{t('sharing.basis')}</DescriptionList.Term>
      <DescriptionList.Description>{basisText(share, t, language)}</DescriptionList.Description>
      <DescriptionList.Term>{t('sharing.recordedBy')}</DescriptionList.Term>
      <DescriptionList.Description>{share.recordedBy}</DescriptionList.Description>
    </DescriptionList>
  )
}
