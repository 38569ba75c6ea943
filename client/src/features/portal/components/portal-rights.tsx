import { useTranslation } from 'react-i18next'
import { Heading, OrderedList, Paragraph } from '@amsterdam/design-system-react'

/**
 * What every household should know from the first contact (legal-protection checkpoints): that taking part is
 * voluntary, that someone independent can stand beside them, and how to say they do not agree. Fixed text, B1.
 */
export function PortalRights() {
  const { t } = useTranslation()
  return (
    <>
      <section className="naast-stack" aria-labelledby="portal-voluntary">
        <Heading level={2} id="portal-voluntary">
          {t('portalPlan.voluntaryTitle')}
        </Heading>
        <Paragraph>{t('portalPlan.voluntary')}</Paragraph>
        <Paragraph>{t('portalPlan.voluntaryTogether')}</Paragraph>
      </section>

      <section className="naast-stack" aria-labelledby="portal-support">
        <Heading level={2} id="portal-support">
          {t('portalPlan.supportTitle')}
        </Heading>
        <Paragraph>{t('portalPlan.support')}</Paragraph>
        <Paragraph>
          <strong>{t('portalPlan.supportFree')}</strong>
        </Paragraph>
        <Paragraph>{t('portalPlan.supportAsk')}</Paragraph>
      </section>

      <section className="naast-stack" aria-labelledby="portal-object">
        <Heading level={2} id="portal-object">
          {t('portalPlan.objectTitle')}
        </Heading>
        <Paragraph>{t('portalPlan.objectIntro')}</Paragraph>
        <OrderedList>
          <OrderedList.Item>{t('portalPlan.objectStep1')}</OrderedList.Item>
          <OrderedList.Item>{t('portalPlan.objectStep2')}</OrderedList.Item>
          <OrderedList.Item>{t('portalPlan.objectStep3')}</OrderedList.Item>
          <OrderedList.Item>{t('portalPlan.objectStep4')}</OrderedList.Item>
        </OrderedList>
        <Paragraph>{t('portalPlan.objectHelp')}</Paragraph>
      </section>
    </>
  )
}
