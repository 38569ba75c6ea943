import { plansApi, type AgreementInput } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'
import { usePortalPlanMutation } from './use-portal-plan-mutation.ts'

/** Whether the member agrees with the plan as it now is, in their own words. */
export function recordAgreement(householdId: number, input: AgreementInput) {
  return callApi(plansApi.portalAgreement, { params: { householdId }, body: input })
}

export function useRecordAgreement(householdId: number) {
  return usePortalPlanMutation(householdId, (input: AgreementInput) => recordAgreement(householdId, input))
}
