/** i18n for portalSafety: Dutch first; English has the same keys (checked in ../en.ts). */
export const portalSafetyNl = {
  title: 'Afspraken om het thuis veilig te houden',
  intro:
    'Dit hebben we samen afgesproken, zodat iedereen thuis veilig is. Heeft u een vraag? Bel of mail uw wijkcoach.',
  agreementsTitle: 'Wat we hebben afgesproken',
  agreementsEmpty: 'Er zijn nog geen afspraken opgeschreven.',
  who: 'Wie let erop',
  how: 'Hoe',
  when: 'Wanneer kijken we er weer naar',
  howItGoes: 'Hoe gaat het',
  status: {
    agreed: 'Afgesproken',
    kept: 'Dit lukt',
    not_kept: 'Dit lukte niet',
    ended: 'Deze afspraak geldt niet meer',
  },
  goalHeading: 'Doel: {{text}}',
  worryTitle: 'Waar we ons zorgen over maken',
  worryEmpty: 'Dit is nog niet opgeschreven. Uw wijkcoach bespreekt het met u.',
  scaleTitle: 'Hoe veilig is het nu?',
  scaleExplain: '0 is helemaal niet veilig, 10 is veilig genoeg.',
  scaleSideBySide:
    'Iedereen geeft een eigen cijfer. We zetten de cijfers naast elkaar en praten samen over de verschillen.',
  parties: {
    household: 'Uw gezin',
    worker: 'Uw wijkcoach',
    network: 'Mensen om u heen',
  },
  score: '{{score}} van de 10',
  scoreNone: 'Nog geen cijfer',
  scoreWhoWhen: '{{who}}, op {{date}}',
}
