/** i18n for indicators: Dutch first; English has the same keys (checked in ../en.ts). */
export const indicatorsNl = {
  navLabel: 'Cijfers en verhalen',
}

export const indicatorsEn: typeof indicatorsNl = {
  navLabel: 'Figures and stories',
}
