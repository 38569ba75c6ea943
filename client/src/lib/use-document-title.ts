import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Every page has its own title, so tabs, history and screen readers say where the user is. */
export function useDocumentTitle(page: string | undefined) {
  const { t } = useTranslation()
  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page }) : t('app.name')
  }, [page, t])
}
