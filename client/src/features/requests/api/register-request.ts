import { useMutation, useQueryClient } from '@tanstack/react-query'
import { requestsApi, type RegisterRequestInput } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { requestKeys } from './get-request.ts'

export function registerRequest(input: RegisterRequestInput) {
  return callApi(requestsApi.register, { body: input })
}

export function useRegisterRequest() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: registerRequest,
    onSuccess: async (request) => {
      await invalidateCaseData(queryClient)
      queryClient.setQueryData(requestKeys.detail(request.id), request)
    },
  })
}
