import { queryOptions, useQuery } from '@tanstack/react-query'
import { catalogueApi, type CatalogueKind } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'

export const catalogueKeys = {
  all: ['admin', 'catalogues'] as const,
  list: (kind: CatalogueKind) => [...catalogueKeys.all, kind] as const,
}

/** An administrator-managed list (expertise, partner organisations), switched-off items included. */
export function listCatalogue(kind: CatalogueKind) {
  return callApi(catalogueApi.list, { params: { kind } })
}

export function catalogueQueryOptions(kind: CatalogueKind) {
  return queryOptions({ queryKey: catalogueKeys.list(kind), queryFn: () => listCatalogue(kind) })
}

export function useCatalogue(kind: CatalogueKind) {
  return useQuery(catalogueQueryOptions(kind))
}
