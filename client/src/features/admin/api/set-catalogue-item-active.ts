import { useMutation, useQueryClient } from '@tanstack/react-query'
import { catalogueApi, type CatalogueItem, type CatalogueKind } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'
import { referenceKey } from '../../../lib/case-data.ts'
import { catalogueKeys } from './list-catalogue.ts'

/** Switches an item on or off. Items are never deleted: earlier triages and involvements keep pointing at them. */
export function setCatalogueItemActive(kind: CatalogueKind, itemId: number, active: boolean) {
  return callApi(catalogueApi.setActive, { params: { kind, itemId }, body: { active } })
}

export function useSetCatalogueItemActive(kind: CatalogueKind) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ itemId, active }: { itemId: number; active: boolean }) =>
      setCatalogueItemActive(kind, itemId, active),
    onSuccess: (item) => {
      queryClient.setQueryData<CatalogueItem[]>(catalogueKeys.list(kind), (items) =>
        items?.map((other) => (other.id === item.id ? item : other)),
      )
      void queryClient.invalidateQueries({ queryKey: [referenceKey] })
    },
  })
}
