import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { SearchField } from '@amsterdam/design-system-react'
import { searchPath } from '../../../app/paths.ts'
import './header-search.css'

/** The search box in the header for workers and supervisors; the results open on the search page. */
export function HeaderSearch() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [q, setQ] = useState('')

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void navigate(searchPath(q.trim()))
  }

  return (
    <SearchField onSubmit={onSubmit} aria-label={t('search.headerRegion')} className="naast-header__search">
      <SearchField.Input
        id="header-search"
        name="q"
        label={t('search.headerLabel')}
        placeholder={t('search.headerPlaceholder')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <SearchField.Button>{t('search.button')}</SearchField.Button>
    </SearchField>
  )
}
