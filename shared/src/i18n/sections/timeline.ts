/** i18n for timeline: Dutch first; English has the same keys (checked in ../en.ts). */
export const timelineNl = {
  title: 'Tijdlijn',
}

export const timelineEn: typeof timelineNl = {
  title: 'Timeline',
}
