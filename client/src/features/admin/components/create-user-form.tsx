import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, PasswordInput, Select, TextInput } from '@amsterdam/design-system-react'
import { CreateUserInput, type Team } from '#shared/contracts/admin'
import { staffRoles, type StaffRole } from '#shared/domain/roles'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { FormAlert, FormField, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { useCreateUser } from '../api/create-user.ts'

const fieldIds = {
  name: 'new-user-name',
  email: 'new-user-email',
  phone: 'new-user-phone',
  role: 'new-user-role',
  teamId: 'new-user-team',
  initialPassword: 'new-user-password',
}

const emptyForm = {
  name: '',
  email: '',
  phone: '',
  role: 'worker' as StaffRole,
  teamId: '',
  initialPassword: '',
}

/** Creates an account for a worker, supervisor or administrator. Household log-ins are made on the case. */
export function CreateUserForm({ teams }: { teams: Team[] }) {
  const { t } = useTranslation()
  const createUser = useCreateUser()
  const errors = useFormErrors()
  const [form, setForm] = useState(emptyForm)
  const [created, setCreated] = useState<string | null>(null)
  // An administrator belongs to no team (the server refuses one), so the team question is not asked.
  const needsTeam = form.role !== 'admin'

  function set<K extends keyof typeof emptyForm>(key: K, value: (typeof emptyForm)[K]) {
    setForm((previous) => ({ ...previous, [key]: value }))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (createUser.isPending) return
    setCreated(null)
    const checked = validate(CreateUserInput, {
      name: form.name,
      email: form.email,
      phone: form.phone.trim() || undefined,
      role: form.role,
      teamId: needsTeam && form.teamId ? Number(form.teamId) : null,
      initialPassword: form.initialPassword,
    })
    // The server has the same rule; checking here saves a round trip.
    const teamMissing: FieldErrors = needsTeam && !form.teamId ? { teamId: t('errors.teamRequired') } : {}
    if (!checked.ok || teamMissing.teamId) {
      return errors.showFieldErrors({ ...(checked.ok ? {} : checked.fieldErrors), ...teamMissing })
    }
    errors.clear()
    createUser.mutate(checked.data, {
      onSuccess: (user) => {
        setForm(emptyForm)
        setCreated(user.name)
      },
      onError: errors.showError,
    })
  }

  return (
    <section className="naast-stack naast-narrow" aria-labelledby="new-user">
      <Heading level={2} id="new-user">
        {t('admin.newUser')}
      </Heading>
      {created && (
        <StatusMessage
          heading={t('admin.created', { name: created })}
          headingLevel={3}
          onClose={() => setCreated(null)}
        />
      )}
      <FormAlert {...errors} fieldIds={fieldIds} headingLevel={3} />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <FormField id={fieldIds.name} label={t('admin.name')} error={errors.fieldErrors.name}>
          {(control) => (
            <TextInput
              {...control}
              name="name"
              autoComplete="off"
              value={form.name}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </FormField>
        {/* One e-mail address, one person: the server refuses a shared mailbox (errors.sharedMailbox on this field). */}
        <FormField
          id={fieldIds.email}
          label={t('admin.email')}
          description={t('account.admin.emailHint')}
          error={errors.fieldErrors.email}
        >
          {(control) => (
            <TextInput
              {...control}
              name="email"
              type="email"
              autoComplete="off"
              value={form.email}
              onChange={(e) => set('email', e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.phone}
          label={t('admin.phone')}
          error={errors.fieldErrors.phone}
          requirement="optional"
        >
          {(control) => (
            <TextInput
              {...control}
              name="phone"
              type="tel"
              autoComplete="off"
              value={form.phone}
              onChange={(e) => set('phone', e.target.value)}
            />
          )}
        </FormField>
        <FormField id={fieldIds.role} label={t('admin.role')} error={errors.fieldErrors.role}>
          {(control) => (
            <Select
              {...control}
              name="role"
              value={form.role}
              onChange={(e) => set('role', e.target.value as StaffRole)}
            >
              {staffRoles.map((role) => (
                <Select.Option key={role} value={role}>
                  {t(`roles.${role}`)}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
        {needsTeam && (
          <FormField id={fieldIds.teamId} label={t('admin.team')} error={errors.fieldErrors.teamId}>
            {(control) => (
              <Select
                {...control}
                name="teamId"
                value={form.teamId}
                onChange={(e) => set('teamId', e.target.value)}
              >
                <Select.Option value="">{t('admin.chooseTeam')}</Select.Option>
                {teams.map((team) => (
                  <Select.Option key={team.id} value={String(team.id)}>
                    {team.name}
                  </Select.Option>
                ))}
              </Select>
            )}
          </FormField>
        )}
        <FormField
          id={fieldIds.initialPassword}
          label={t('admin.initialPassword')}
          description={t('admin.initialPasswordHint')}
          error={errors.fieldErrors.initialPassword}
        >
          {(control) => (
            <PasswordInput
              {...control}
              name="initialPassword"
              autoComplete="new-password"
              value={form.initialPassword}
              onChange={(e) => set('initialPassword', e.target.value)}
            />
          )}
        </FormField>
        <SubmitButton busy={createUser.isPending} label={t('admin.create')} busyLabel={t('admin.creating')} />
      </form>
    </section>
  )
}
