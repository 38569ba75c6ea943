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
