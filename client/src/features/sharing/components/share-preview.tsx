import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph } from '@amsterdam/design-system-react'
import type { ConsentCheck } from '#shared/contracts/consents'
import type { Member } from '#shared/contracts/households'
import type { SharePreview } from '#shared/contracts/sharing'
import { useFocusOnMount } from '../../../components/query-states.tsx'
import { ShareDetails } from './share-details.tsx'

type Needed = ConsentCheck['needed'][number]

/** Every person by name: the checks always carry it, so a name missing from the share is taken from there. */
function withNames({ share, checks }: SharePreview): SharePreview['share'] {
  return {
    ...share,
    persons: share.persons.map((person) => ({
      ...person,
      name: person.name || (checks.find((check) => check.personId === person.personId)?.name ?? ''),
    })),
  }
}

/**
 * "Dit wordt vastgelegd": exactly what the server would record, and per person whose consent is there and whose
 * is missing (in words and a mark, never colour alone). Only when all of it is there can it be recorded. On
 * meldrecht the basis names the report to Veilig Thuis instead; without one it cannot be recorded. The
 * heading takes focus, so keyboard and screen-reader users land on the answer. Give it a `key` per preview.
 */
export function SharePreviewPanel({
  preview,
  members,
  recording,
  onRecord,
}: {
  preview: SharePreview
  members: Member[]
  recording: boolean
  onRecord: () => void
}) {
  const { t } = useTranslation()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()

  function who(check: ConsentCheck, needed: Needed): string {
    if (needed.kind === 'authorityUnknown') return t('sharing.neededUnknownHolder')
    if (needed.kind === 'authorityHolder') return t('sharing.neededHolder', { name: needed.who })
    const representative = members.find((m) => m.id === check.personId)?.representative
    if (check.rule === 'adult' && representative)
      return t('sharing.neededSelfOrRepresentative', {
        name: needed.who,
        representative: representative.name,
      })
    return t('sharing.neededSelf', { name: needed.who })
  }

  return (
    <section className="naast-stack naast-readable naast-share-preview" aria-labelledby="share-preview-title">
      <Heading
        level={3}
        id="share-preview-title"
        ref={headingRef}
        tabIndex={-1}
        className="naast-focus-target"
      >
        {t('sharing.previewTitle')}
      </Heading>
      <Paragraph>{t('sharing.previewNothingSaved')}</Paragraph>
      <ShareDetails share={withNames(preview)} withWhenAndRecipient />
      {preview.share.basis === 'meldcode' ? (
        preview.allowed ? (
          <>
            <Paragraph>
              <strong>{t('sharingBasis.allowed')}</strong>
            </Paragraph>
            <RecordButton recording={recording} onRecord={onRecord} />
          </>
        ) : (
          <div className="naast-share-refusal">
            <Paragraph>
              <strong>{t('sharingBasis.notAllowed')}</strong>
            </Paragraph>
            <Paragraph>{t('sharingBasis.notAllowedNext')}</Paragraph>
          </div>
        )
      ) : (
        <ConsentChecks preview={preview} who={who} recording={recording} onRecord={onRecord} />
      )}
    </section>
  )
}

/** Per person whose consent is there and whose is missing; only with all of it can the share be recorded. */
function ConsentChecks({
  preview,
  who,
  recording,
  onRecord,
}: {
  preview: SharePreview
  who: (check: ConsentCheck, needed: Needed) => string
  recording: boolean
  onRecord: () => void
}) {
  const { t } = useTranslation()
  return (
    <>
      <Heading level={4} className="naast-share-preview__consents">
        {t('sharing.consentTitle')}
      </Heading>
      <ul className="naast-share-checks">
        {preview.checks.map((check) => (
          <li key={check.personId}>
            <span className="naast-line naast-share-checks__name">{check.name}</span>
            <ul className="naast-share-needed">
              {check.needed.map((needed, index) => {
                const given = needed.consentId !== null
                return (
                  <li
                    key={`${needed.kind}-${needed.who}-${index}`}
                    className={`naast-share-needed__item naast-share-needed__item--${given ? 'given' : 'missing'}`}
                  >
                    <span className="naast-share-needed__mark" aria-hidden="true">
                      {given ? '✓' : '✗'}
                    </span>
                    <span>
                      <span className="naast-line">
                        {given
                          ? t('sharing.consentGiven', { who: who(check, needed) })
                          : t('sharing.consentMissing', { who: who(check, needed) })}
                      </span>
                      {needed.kind === 'authorityUnknown' && (
                        <span className="naast-line">{t('sharing.authorityUnknown')}</span>
                      )}
                    </span>
                  </li>
                )
              })}
            </ul>
          </li>
        ))}
      </ul>
      {preview.allowed ? (
        <>
          <Paragraph>
            <strong>{t('sharing.allowed')}</strong>
          </Paragraph>
          <RecordButton recording={recording} onRecord={onRecord} />
        </>
      ) : (
        <div className="naast-share-refusal">
          <Paragraph>
            <strong>{t('sharing.notAllowed')}</strong>
          </Paragraph>
          <Paragraph>{t('sharing.notAllowedNext')}</Paragraph>
        </div>
      )}
    </>
  )
}

function RecordButton({ recording, onRecord }: { recording: boolean; onRecord: () => void }) {
  const { t } = useTranslation()
  return (
    <Button type="button" onClick={onRecord} aria-disabled={recording || undefined}>
      {recording ? t('sharing.recording') : t('sharing.record')}
    </Button>
  )
}
