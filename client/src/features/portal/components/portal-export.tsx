import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph, StandaloneLink } from '@amsterdam/design-system-react'
import { errorText } from '../../../lib/api.ts'
import { today } from '../../../lib/today.ts'
import { RouterLink } from '../../../components/router-link.tsx'
import { portalExportPath } from '../../../app/paths.ts'
import { getMyFileExport } from '../api/get-my-file-export.ts'

/** Saves text as a file: a Blob behind a temporary link with `download`, clicked once and removed again. */
function saveFile(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/**
 * "Uw gegevens meenemen": everything about the member as a file to keep (fetched fresh, so it is the file as it is
 * now), or as a page to read and print.
 */
export function PortalExport({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)

  async function download() {
    if (busy) return
    setBusy(true)
    setMessage(null)
    try {
      const file = await getMyFileExport(householdId)
      saveFile(JSON.stringify(file, null, 2), `naast-mijn-gegevens-${today()}.json`)
      setMessage({ text: t('portalExport.downloaded'), failed: false })
    } catch (error) {
      setMessage({ text: t('portalExport.downloadFailed', { reason: errorText(error, t) }), failed: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="naast-stack naast-portal-no-print" aria-labelledby="portal-export">
      <Heading level={2} id="portal-export">
        {t('portalExport.sectionTitle')}
      </Heading>
      <Paragraph>{t('portalExport.sectionIntro')}</Paragraph>
      <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void download()}>
        {busy ? t('portalExport.downloading') : t('portalExport.download')}
      </Button>
      <Paragraph
        role="status"
        className={[
          'naast-portal-done-status naast-portal-file-status',
          message?.failed ? 'naast-error-text' : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        {message?.text}
      </Paragraph>
      <StandaloneLink href={portalExportPath(householdId)} linkComponent={RouterLink}>
        {t('portalExport.viewLink')}
      </StandaloneLink>
    </section>
  )
}
