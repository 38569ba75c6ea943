/** i18n for themes: Dutch first; English has the same keys (checked in ../en.ts). */
export const themesNl = {
  navLabel: "Wijkthema's",
}

export const themesEn: typeof themesNl = {
  navLabel: 'Neighbourhood themes',
}
