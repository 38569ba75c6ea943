/** i18n for checkpointRefusal (a refused action's unmet checkpoints): Dutch first; English has the same keys. */
export const checkpointRefusalNl = {
  why: 'Waarom',
  resolve: 'Zo lost u het op',
  source: 'Bron',
}
