/** i18n for themes: Dutch first; English has the same keys (checked in ../en.ts). */
export const themesNl = {
  navLabel: "Wijkthema's",
  title: "Wijkthema's",
  intro:
    'Wat speelt er in de wijken van uw team? Deze cijfers tellen huishoudens per kwartaal, zonder namen. Zo ziet u welke vragen vaker terugkomen en om een gezamenlijke aanpak vragen.',
  suppressionNote:
    'Aantallen onder de 5 staan er als “<5”, en waar nodig ook een tweede aantal in dezelfde rij of kolom, zodat niemand een klein aantal kan terugrekenen en geen huishouden herkenbaar wordt.',
  fewerThanFive: 'minder dan 5 huishoudens',
  quarterLabel: 'Kwartaal',
  quarter: '{{number}}e kwartaal {{year}}',
  neighbourhood: 'Wijk',
  allNeighbourhoods: 'Alle wijken',
  noData: 'In dit kwartaal zijn er geen gegevens.',
  overlapNote: 'Een huishouden kan onder meer dan één kolom vallen; het totaal telt elk huishouden één keer.',
  requests: {
    title: 'Aanmeldingen per thema',
    intro:
      'Huishoudens met een aanmelding in dit kwartaal, naar de expertise die bij de laatste triage nodig bleek.',
    caption: 'Huishoudens met een aanmelding in het {{quarter}}, per wijk en thema',
    total: 'Huishoudens met een aanmelding',
    noExpertise: 'Geen expertise nodig',
    untriaged: 'Nog geen triage',
  },
  routes: {
    title: 'Uitkomst van de triage',
    intro:
      'Huishoudens die in dit kwartaal een triage kregen, naar de gekozen route (de laatste triage telt).',
    caption: 'Huishoudens met een triage in het {{quarter}}, per wijk en route',
    total: 'Huishoudens met een triage',
  },
  lifeDomains: {
    title: 'Zorgen per leefgebied',
    intro:
      'Huishoudens waarvan de brede blik in dit kwartaal bij iemand een 1 of 2 gaf op een leefgebied (de laatste brede blik van het kwartaal telt).',
    caption: 'Huishoudens met een 1 of 2 op een leefgebied in het {{quarter}}, per wijk en leefgebied',
    total: 'Huishoudens met een brede blik',
  },
  recurring: {
    title: "Terugkerende thema's",
    intro:
      'Thema’s die collega’s aan casussen koppelen omdat ze vaker voorkomen in de wijk en om een gezamenlijke aanpak vragen. Het aantal huishoudens per wijk, over alle kwartalen.',
    caption: 'Huishoudens per terugkerend thema en wijk',
    theme: 'Thema',
    total: 'Huishoudens',
    allThemes: 'Huishoudens met een thema',
    empty: 'Er zijn nog geen casussen aan een thema gekoppeld. Dat doet u op de pagina van een huishouden.',
  },
  caseSection: {
    title: "Terugkerende thema's",
    intro:
      'Koppel deze casus aan een thema dat vaker voorkomt in de wijk en om een gezamenlijke aanpak vraagt. Op de pagina Wijkthema’s ziet het team hoeveel huishoudens per wijk zo’n thema delen, zonder namen.',
    listLabel: 'Thema’s van deze casus',
    empty: 'Deze casus is nog niet aan een thema gekoppeld.',
    taggedBy: 'Gekoppeld door {{name}} op {{date}}',
    remove: 'Ontkoppelen',
    removing: 'Bezig met ontkoppelen…',
    nameLabel: 'Thema',
    nameHint:
      'Een thema dat vaker voorkomt in de wijk en om een gezamenlijke aanpak vraagt, bijvoorbeeld: Energiearmoede. Kies een bestaand thema of typ een nieuw.',
    submit: 'Thema koppelen',
    saving: 'Bezig met koppelen…',
    tagged: 'Deze casus is gekoppeld aan het thema ‘{{name}}’.',
    untagged: 'Het thema ‘{{name}}’ is losgekoppeld van deze casus.',
  },
  errors: {
    invalidQuarter: 'Kies een kwartaal, bijvoorbeeld 2026-Q4.',
    alreadyTagged: 'Deze casus is al gekoppeld aan het thema ‘{{name}}’.',
  },
}

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
