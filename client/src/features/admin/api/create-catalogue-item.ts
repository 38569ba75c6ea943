import { useMutation, useQueryClient } from '@tanstack/react-query'
import { catalogueApi, type CatalogueKind } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'
import { referenceKey } from '../../../lib/case-data.ts'
import { catalogueKeys } from './list-catalogue.ts'

export function createCatalogueItem(kind: CatalogueKind, name: string) {
  return callApi(catalogueApi.create, { params: { kind }, body: { name } })
}

export function useCreateCatalogueItem(kind: CatalogueKind) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => createCatalogueItem(kind, name),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogueKeys.list(kind) }),
        // The lists workers choose from (triage, professionals) read the same data.
        queryClient.invalidateQueries({ queryKey: [referenceKey] }),
      ]),
  })
}
