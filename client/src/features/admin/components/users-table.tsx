import { forwardRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, ErrorMessage, Row, Select, Table } from '@amsterdam/design-system-react'
import type { AdminUser, Team } from '#shared/contracts/admin'
import { secondFactorRequired } from '#shared/domain/accounts'
import { formatDate } from '#shared/domain/dates'
import { ApiRequestError, errorText } from '../../../lib/api.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useAssignTeam } from '../api/assign-team.ts'
import './admin.css'

type UsersTableProps = {
  users: AdminUser[]
  teams: Team[]
  myId: number | undefined
  onDeactivate: (user: AdminUser) => void
  onResetTwoFactor: (user: AdminUser) => void
  onTeamChanged: (user: AdminUser) => void
}

export const UsersTable = forwardRef<HTMLTableElement, UsersTableProps>(function UsersTable(
  { users, teams, myId, onDeactivate, onResetTwoFactor, onTeamChanged },
  ref,
) {
  const { t } = useTranslation()
  return (
    <Table ref={ref} className="naast-table naast-table--compact">
      <Table.Caption className="ams-visually-hidden">{t('admin.usersTitle')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('admin.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('admin.role')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('admin.team')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('admin.lastLogin')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('account.admin.twoFactor')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('admin.status')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {users.map((user) => (
          <UserRow
            key={user.id}
            user={user}
            teams={teams}
            isMe={user.id === myId}
            onDeactivate={onDeactivate}
            onResetTwoFactor={onResetTwoFactor}
            onTeamChanged={onTeamChanged}
          />
        ))}
      </Table.Body>
    </Table>
  )
})

type UserRowProps = {
  user: AdminUser
  teams: Team[]
  isMe: boolean
  onDeactivate: (user: AdminUser) => void
  onResetTwoFactor: (user: AdminUser) => void
  onTeamChanged: (user: AdminUser) => void
}

function UserRow({ user, teams, isMe, onDeactivate, onResetTwoFactor, onTeamChanged }: UserRowProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <span className="naast-user-name">
          {user.name} {isMe && t('admin.you')}
        </span>
        <span className="naast-user-email">{user.email}</span>
      </Table.HeaderCell>
      <Table.Cell>{t(`roles.${user.role}`)}</Table.Cell>
      <Table.Cell>
        {/* Staff on a case belong to a team; an administrator never does, and a deactivated account stays as it is. */}
        {user.active && (user.role === 'worker' || user.role === 'supervisor') ? (
          <TeamAssignment user={user} teams={teams} onTeamChanged={onTeamChanged} />
        ) : (
          (user.teamName ?? t('admin.noTeam'))
        )}
      </Table.Cell>
      <Table.Cell>
        {/* Accounts nobody used for 90 days are marked in words, with the reason beside the mark (no tooltip). */}
        <div className="naast-cell-stack">
          <span>{user.lastLoginAt ? formatDate(user.lastLoginAt, language) : t('admin.never')}</span>
          {user.reviewDue && (
            <>
              <Badge color="orange" label={t('account.admin.reviewMark')} className="naast-review-mark" />
              <span className="naast-account-note">{t('account.admin.reviewWhy')}</span>
            </>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        <div className="naast-cell-stack">
          <span>
            {user.twoFactorEnabled ? t('account.admin.twoFactorOn') : t('account.admin.twoFactorOff')}
            {secondFactorRequired(user.role) && (
              <span className="naast-account-note"> ({t('account.admin.twoFactorRequired')})</span>
            )}
          </span>
          {/* One's own second factor is managed on "Mijn account", where new recovery codes can be made. */}
          {user.active && user.twoFactorEnabled && !isMe && (
            <Button variant="secondary" onClick={() => onResetTwoFactor(user)}>
              {t('account.admin.reset')}
              <span className="ams-visually-hidden">: {user.name}</span>
            </Button>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        {/* The status and the way to change it sit together; one's own account cannot be switched off. */}
        <div className="naast-cell-stack">
          <span>{user.active ? t('admin.active') : t('admin.inactive')}</span>
          {user.active && !isMe && (
            <Button variant="secondary" onClick={() => onDeactivate(user)}>
              {t('admin.deactivate')}
              <span className="ams-visually-hidden">: {user.name}</span>
            </Button>
          )}
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** A team select with its own save button: changing a select alone must not already change data (WCAG 3.2.2). */
function TeamAssignment({
  user,
  teams,
  onTeamChanged,
}: {
  user: AdminUser
  teams: Team[]
  onTeamChanged: (user: AdminUser) => void
}) {
  const { t } = useTranslation()
  const assignTeam = useAssignTeam()
  const [teamId, setTeamId] = useState(user.teamId === null ? '' : String(user.teamId))
  const [error, setError] = useState<string | null>(null)
  const selectId = `user-${user.id}-team`
  const errorId = `${selectId}-error`

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (assignTeam.isPending) return
    setError(null)
    assignTeam.mutate(
      { userId: user.id, teamId: teamId ? Number(teamId) : null },
      {
        onSuccess: (updated) => onTeamChanged(updated),
        onError: (failure) => {
          const fieldError = failure instanceof ApiRequestError ? failure.fieldErrors.teamId : undefined
          setError(fieldError ?? errorText(failure, t))
        },
      },
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-inline-form">
      {error && (
        <ErrorMessage id={errorId} prefix={t('forms.errorPrefix')}>
          {error}
        </ErrorMessage>
      )}
      <Row gap="x-small" alignVertical="center">
        <Select
          id={selectId}
          aria-label={t('admin.changeTeam', { name: user.name })}
          aria-describedby={error ? errorId : undefined}
          invalid={Boolean(error)}
          value={teamId}
          onChange={(e) => setTeamId(e.target.value)}
        >
          <Select.Option value="">{t('admin.noTeam')}</Select.Option>
          {teams.map((team) => (
            <Select.Option key={team.id} value={String(team.id)}>
              {team.name}
            </Select.Option>
          ))}
        </Select>
        <Button type="submit" variant="tertiary" aria-disabled={assignTeam.isPending || undefined}>
          {assignTeam.isPending ? t('admin.saving') : t('admin.save')}
          <span className="ams-visually-hidden">: {t('admin.changeTeam', { name: user.name })}</span>
        </Button>
      </Row>
    </form>
  )
}
