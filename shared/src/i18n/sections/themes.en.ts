import type { themesNl } from './themes.ts'

/** The English texts, with the same keys as the Dutch ones in ./themes.ts (the type says so). */
export const themesEn: typeof themesNl = {
  navLabel: 'Neighbourhood themes',
  title: 'Neighbourhood themes',
  intro:
    'What is going on in your team’s neighbourhoods? These figures count households per quarter, without names. They show which questions keep coming back and call for a joint approach.',
  suppressionNote:
    'Counts under 5 are shown as “<5”, and where needed a second count in the same row or column too, so that nobody can work a small count back and no household can be recognised.',
  fewerThanFive: 'fewer than 5 households',
  quarterLabel: 'Quarter',
  quarter: 'Q{{number}} {{year}}',
  neighbourhood: 'Neighbourhood',
  allNeighbourhoods: 'All neighbourhoods',
  noData: 'There are no figures for this quarter.',
  overlapNote: 'A household can fall under more than one column; the total counts each household once.',
  requests: {
    title: 'Requests by theme',
    intro: 'Households with a request this quarter, by the expertise the latest triage found was needed.',
    caption: 'Households with a request in {{quarter}}, by neighbourhood and theme',
    total: 'Households with a request',
    noExpertise: 'No expertise needed',
    untriaged: 'Not triaged yet',
  },
  routes: {
    title: 'Triage outcomes',
    intro: 'Households triaged this quarter, by the route chosen (the latest triage counts).',
    caption: 'Households triaged in {{quarter}}, by neighbourhood and route',
    total: 'Households triaged',
  },
  lifeDomains: {
    title: 'Concerns by life domain',
    intro:
      'Households whose broad view this quarter scored someone 1 or 2 on a life domain (the latest broad view of the quarter counts).',
    caption: 'Households with a 1 or 2 on a life domain in {{quarter}}, by neighbourhood and life domain',
    total: 'Households with a broad view',
  },
  recurring: {
    title: 'Recurring themes',
    intro:
      'Themes colleagues link cases to because they come up more often in the neighbourhood and call for a joint approach. The number of households per neighbourhood, over all quarters.',
    caption: 'Households per recurring theme and neighbourhood',
    theme: 'Theme',
    total: 'Households',
    allThemes: 'Households with a theme',
    empty: 'No case has been linked to a theme yet. You do that on a household’s page.',
  },
  caseSection: {
    title: 'Recurring themes',
    intro:
      'Link this case to a theme that comes up more often in the neighbourhood and calls for a joint approach. On the Neighbourhood themes page the team sees how many households per neighbourhood share such a theme, without names.',
    listLabel: 'Themes of this case',
    empty: 'This case is not linked to a theme yet.',
    taggedBy: 'Linked by {{name}} on {{date}}',
    remove: 'Unlink',
    removing: 'Unlinking…',
    nameLabel: 'Theme',
    nameHint:
      'A theme that comes up more often in the neighbourhood and calls for a joint approach, for example: Energy poverty. Choose an existing theme or type a new one.',
    submit: 'Link theme',
    saving: 'Linking…',
    tagged: 'This case is now linked to the theme ‘{{name}}’.',
    untagged: 'The theme ‘{{name}}’ is no longer linked to this case.',
  },
  errors: {
    invalidQuarter: 'Choose a quarter, for example 2026-Q4.',
    alreadyTagged: 'This case is already linked to the theme ‘{{name}}’.',
  },
}
