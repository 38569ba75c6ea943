import type { ConversationKind, DomainKey } from './conversation-phrases.ts'
import type { StaffKey } from './demo-requests.ts'

/**
 * The conversation logs of the demo's named households, written as their workers would have written them, in
 * step with the requests in demo-requests.ts (who came when, what triage decided, which appointments were held).
 * Days are counted back from the seed's `today`. In the text, {Lieke} becomes "Lieke (15)" with her age on that
 * day. The entries' authors are whoever was on the case then (`by` picks one when two were); demo-conversations.ts
 * checks that someone was, and adds generated entries on the household's themes for the long-running cases.
 */

export type StoryEntry = {
  daysAgo: number
  /** Time of day (UTC), "HH:MM". */
  at: string
  kind: ConversationKind
  text: string
  /** Members by given name, network members by first name, professionals by a word of their name. */
  with?: string[]
  domains?: DomainKey[]
  by?: StaffKey
  thirdParty?: boolean
  /** The entry was corrected within the hour; this is what it said first. */
  firstText?: string
  addendum?: { daysLater: number; text: string }
}

export type HouseholdStory = {
  /** What generated entries and analyses of this household are about. */
  themes: DomainKey[]
  entries: StoryEntry[]
  /** At most this many generated entries besides the written ones. */
  extra?: number
}

export const conversationStories: Readonly<Record<string, HouseholdStory>> = {
  'Familie Jansen': {
    themes: ['income', 'parenting'],
    extra: 4,
    entries: [
      {
        daysAgo: 157,
        at: '08:10',
        kind: 'partner',
        with: ['Koster'],
        domains: ['work'],
        text:
          'Telefonisch contact met mw. Koster, mentor van {Lieke}, naar aanleiding van de aanmelding. Lieke was de ' +
          'afgelopen zes weken elf keer afwezig, vaak op maandag, en valt in de les in slaap. Ze is een sterke ' +
          'leerling en de mentor wil haar graag houden. Afgesproken dat ik eerst met moeder kennismaak.',
      },
      {
        daysAgo: 155,
        at: '12:00',
        kind: 'home_visit',
        with: ['Kim', 'Lieke', 'Daan'],
        domains: ['income', 'parenting'],
        text:
          'Kennismaking thuis met Kim, {Lieke} en {Daan}. Sem was op zijn werk. Uitgelegd dat hulp van het wijkteam ' +
          'vrijwillig is en dat Kim zelf bepaalt wat er gebeurt; onafhankelijke cliëntondersteuning aangeboden, dat ' +
          'wil Kim nu niet. Kim werkt 32 uur in de thuiszorg, vaak late diensten. Sinds de scheiding lukt het niet ' +
          'meer om rond te komen, en Lieke zorgt ’s avonds voor Daan. Kim wil vooral overzicht over de post, en dat ' +
          'Lieke weer gewoon naar school gaat.',
      },
      {
        daysAgo: 148,
        at: '12:30',
        kind: 'home_visit',
        with: ['Kim', 'Lieke', 'Daan'],
        domains: ['income'],
        text:
          'Huisbezoek met Kim en de twee jongsten. Post ligt ongeopend op tafel; samen drie aanmaningen bekeken ' +
          '(energie, zorgverzekering, telefoon) en een brief van een incassobureau. Kim wil zelf de ' +
          'energieleverancier bellen, ik kijk mee. Volgende week samen naar de schuldhulp-intake.',
        firstText:
          'Huisbezoek met Kim en de twee jongsten. Post ligt ongeopend op tafel; samen twee aanmaningen bekeken ' +
          '(energie, zorgverzekering) en een brief van een incassobureau. Kim wil zelf de energieleverancier ' +
          'bellen, ik kijk mee. Volgende week samen naar de schuldhulp-intake.',
      },
      {
        daysAgo: 146,
        at: '07:45',
        kind: 'phone',
        with: ['Kim'],
        domains: ['income'],
        text:
          'Kim belde: de energieleverancier heeft een betalingsregeling toegezegd van € 45 per maand bovenop het ' +
          'voorschot. Ze klonk opgelucht. Ze heeft het zelf geregeld; ik heb alleen meegeluisterd.',
      },
      {
        daysAgo: 141,
        at: '11:00',
        kind: 'partner',
        with: ['Kim', 'Pronk'],
        domains: ['income', 'mental'],
        text:
          'Samen met Kim naar de intake bij Schuldhulpverlening Voorbeeld (dhr. Pronk). Alle brieven in een map ' +
          'meegenomen. Negen schuldeisers, samen ongeveer € 14.000; het meeste is huur- en energieachterstand uit de ' +
          'tijd na de scheiding. Kim vond het spannend. Achteraf zei ze dat het woord schuld-hulp voor haar lang ' +
          'voelde als falen. Dhr. Pronk start de stabilisatiefase.',
      },
      {
        daysAgo: 134,
        at: '13:15',
        kind: 'partner',
        with: ['Kim', 'Lieke', 'Koster'],
        domains: ['work', 'parenting'],
        text:
          'Gesprek op school met {Lieke}, Kim en mw. Koster. Lieke vertelde zelf dat ze op maandag vaak te moe is ' +
          'omdat ze in het weekend tot laat op Daan past als Kim werkt. Afgesproken: Lieke meldt zich bij de mentor ' +
          'als het niet gaat, in plaats van thuis te blijven; Kim kijkt of haar rooster op zondag anders kan. ' +
          'Evaluatie over zes weken.',
      },
      {
        daysAgo: 127,
        at: '09:00',
        kind: 'home_visit',
        with: ['Kim', 'Sem', 'Lieke'],
        domains: ['income', 'parenting', 'work'],
        text:
          'Brede blik ingevuld met Kim, {Sem} en Lieke; Daan was bij een vriendje. Veel kracht: Kim is een ' +
          'doorzetter en de kinderen helpen elkaar. Zorgen vooral over geld en over hoeveel Lieke draagt. Sem werkt ' +
          'naast school bij de supermarkt en wil meebetalen; besproken dat dat niet zijn taak is. Sem wil zijn ' +
          'rijbewijs halen.',
      },
      {
        daysAgo: 120,
        at: '15:00',
        kind: 'network',
        with: ['Kim', 'Truus'],
        domains: ['network', 'parenting'],
        text:
          'Netwerkgesprek met Kim en haar moeder Truus. Oma wil meer doen maar wist niet wat er speelde; Kim ' +
          'schaamde zich. Afgesproken: oma haalt Daan op woensdag uit school en kookt die avond mee. Buurvrouw ' +
          'Petra past op dinsdag en donderdag na school op Daan.',
        addendum: {
          daysLater: 8,
          text: 'Aanvulling: oma Truus belde. De eerste woensdagen gaan goed; Daan wil vaker bij haar eten.',
        },
      },
      {
        daysAgo: 106,
        at: '08:30',
        kind: 'partner',
        with: ['Pronk'],
        domains: ['income'],
        text:
          'Telefonisch overleg met dhr. Pronk (schuldhulpverlening), met toestemming van Kim. Alle schuldeisers ' +
          'zijn aangeschreven; twee incassobureaus hebben de incasso stilgezet. Budgetbeheer is niet nodig: Kim ' +
          'houdt haar eigen rekening, met een rekening voor de vaste lasten ernaast.',
      },
      {
        daysAgo: 92,
        at: '14:00',
        kind: 'phone',
        with: ['Koster'],
        domains: ['work'],
        text:
          'Telefonisch contact met mw. Koster: Lieke is sinds het gesprek nog twee keer afwezig geweest, beide keren ' +
          'afgemeld door Kim. Ze haalt haar cijfers op. De mentor blijft elke week kort met haar praten.',
      },
      {
        daysAgo: 78,
        at: '11:30',
        kind: 'office',
        with: ['Kim'],
        domains: ['income', 'relations', 'mental'],
        thirdParty: true,
        text:
          'Gesprek met Kim op kantoor. Ze vertelt dat de vader van de kinderen (woont in Groningen) al vijf maanden ' +
          'geen alimentatie betaalt en de kinderen niet meer belt. Dat raakt vooral Daan. Uitgelegd dat het LBIO ' +
          'alimentatie kan innen; Kim wil dat aanvragen. Ze slaapt slecht en wil daarvoor naar de huisarts.',
      },
      {
        daysAgo: 61,
        at: '10:15',
        kind: 'phone',
        with: ['Kim'],
        domains: ['network', 'parenting'],
        text:
          'Kim belde: buurvrouw Petra verhuist eind deze week naar Zwolle. De opvang van Daan op dinsdag en ' +
          'donderdag valt weg. Samen de mogelijkheden doorgelopen: naschoolse opvang via school, of Sem op ' +
          'donderdag. Kim wil niet dat Lieke het weer gaat doen.',
        firstText:
          'Kim belde: buurvrouw Petra verhuist eind deze week. De opvang van Daan op dinsdag en donderdag valt weg. ' +
          'Samen de mogelijkheden doorgelopen: naschoolse opvang via school, of Lieke op donderdag.',
      },
      {
        daysAgo: 47,
        at: '13:00',
        kind: 'home_visit',
        with: ['Kim', 'Daan'],
        domains: ['participation', 'parenting'],
        text:
          'Huisbezoek. {Daan} vertelde trots over voetballen; hij wil bij de club in de Molenkamp, maar de ' +
          'contributie is te duur. Samen met Kim een aanvraag gedaan bij het Jeugdfonds Sport. Naschoolse opvang is ' +
          'geregeld voor dinsdag; op donderdag gaat Daan naar een vriendje. Kim slaapt beter sinds ze bij de ' +
          'huisarts is geweest.',
      },
      {
        daysAgo: 33,
        at: '09:00',
        kind: 'phone',
        with: ['Pronk'],
        domains: ['income'],
        text:
          'Gebeld door dhr. Pronk: de schuldregeling is rond. Kim betaalt drie jaar lang een vast bedrag; alle ' +
          'schuldeisers hebben ingestemd. Er zijn geen nieuwe aanmaningen meer binnengekomen.',
      },
      {
        daysAgo: 19,
        at: '12:45',
        kind: 'home_visit',
        with: ['Kim', 'Lieke'],
        domains: ['work', 'parenting'],
        text:
          'Huisbezoek met Kim en Lieke. Lieke heeft het op school weer naar haar zin en is al zes weken niet meer ' +
          'afwezig geweest. Ze wil een bijbaantje, “maar voor mezelf, niet voor thuis”. Kim merkt dat Lieke minder ' +
          'op Daan hoeft te letten nu oma en de opvang er zijn.',
      },
      {
        daysAgo: 8,
        at: '08:00',
        kind: 'home_visit',
        with: ['Kim', 'Sem', 'Lieke'],
        domains: ['income', 'work'],
        text:
          'Evaluatie met Kim, Sem en Lieke: de brede blik opnieuw doorgelopen. Geld ging van een 2 naar een 3, ' +
          'school van Lieke ook. Kim: “Ik heb weer overzicht, en ik durf de post weer open te maken.” Volgende stap: ' +
          'samen naar de toeslagen voor volgend jaar kijken; daarna minder vaak contact.',
      },
      {
        daysAgo: 2,
        at: '14:30',
        kind: 'phone',
        with: ['Kim'],
        domains: ['income'],
        text:
          'Kim belde over een brief van de Belastingdienst: de voorlopige toeslag voor volgend jaar is lager. Ze had ' +
          'de brief zelf al geopend en gelezen en wil er donderdag samen naar kijken.',
      },
    ],
  },
  'Familie De Groot': {
    themes: ['selfcare', 'physical', 'network'],
    extra: 16,
    entries: [
      {
        daysAgo: 296,
        at: '09:30',
        kind: 'home_visit',
        with: ['Gerrit', 'Ria', 'Anja'],
        domains: ['selfcare', 'physical'],
        text:
          'Kennismaking bij meneer en mevrouw De Groot thuis; dochter Anja was erbij. Ria doet het huishouden, de ' +
          'boodschappen en de medicijnen van Gerrit. Gerrit vergeet afspraken en raakt buiten de wijk de weg kwijt. ' +
          'Ria wil “geen gedoe”, maar geeft toe dat ze slecht slaapt. Cliëntondersteuning aangeboden; Ria wil dat ' +
          'graag.',
      },
      {
        daysAgo: 289,
        at: '10:00',
        kind: 'phone',
        with: ['Ria'],
        domains: ['physical', 'safety'],
        text:
          'Ria belde. Gerrit is gisteren op de fiets verdwaald en door een buurtbewoner thuisgebracht. Ze is erg ' +
          'geschrokken. Afgesproken dat ik volgende week kom als Gerrit naar de kapper is, zodat we even samen ' +
          'kunnen praten.',
      },
      {
        daysAgo: 282,
        at: '09:00',
        kind: 'home_visit',
        with: ['Ria'],
        domains: ['safety', 'relations'],
        text:
          'Huisbezoek met Ria alleen. Gerrit wordt soms boos als hij iets kwijt is; hij heeft haar nooit iets ' +
          'gedaan en ze is niet bang voor hem. Ze mist haar koor. Besproken wat haar lucht zou geven: twee dagen ' +
          'per week dagbesteding voor Gerrit.',
      },
      {
        daysAgo: 268,
        at: '12:30',
        kind: 'partner',
        with: ['Vermeulen'],
        domains: ['physical', 'mental'],
        text:
          'Overleg met dr. Vermeulen (huisarts), met toestemming van beiden. Geheugenonderzoek aangevraagd bij de ' +
          'geheugenpoli. De huisarts ziet ook dat Ria overbelast raakt.',
      },
      {
        daysAgo: 252,
        at: '13:00',
        kind: 'home_visit',
        with: ['Gerrit', 'Ria', 'Anja'],
        domains: ['physical', 'mental'],
        text:
          'Uitslag van de geheugenpoli besproken met Gerrit, Ria en Anja: beginnende alzheimer. Gerrit was stil en ' +
          'zei: “Dan weet ik het tenminste.” Hij wil vooral thuis blijven wonen. Kennismaking bij dagbesteding De ' +
          'Zonnehoek ingepland.',
      },
      {
        daysAgo: 238,
        at: '14:00',
        kind: 'network',
        with: ['Ria', 'Anja', 'Henk'],
        domains: ['network'],
        text:
          'Netwerkgesprek met Ria, Anja en buurman Henk. Henk maait het gras en kijkt ’s avonds even of alles goed ' +
          'is; hij wil op zaterdag met Gerrit gaan wandelen. Anja doet de grote boodschappen en gaat mee naar de ' +
          'huisarts. Ria hoeft het niet alleen te doen.',
      },
      {
        daysAgo: 224,
        at: '08:45',
        kind: 'phone',
        with: ['Ria'],
        domains: ['participation', 'selfcare'],
        text:
          'Ria belde: Gerrit gaat nu op dinsdag en vrijdag naar De Zonnehoek en komt vrolijk thuis. Ria is die ' +
          'dagen weer naar het koor geweest.',
      },
      {
        daysAgo: 190,
        at: '09:15',
        kind: 'home_visit',
        with: ['Gerrit', 'Ria'],
        domains: ['selfcare', 'housing'],
        text:
          'Huisbezoek. Wmo-aanvraag voor huishoudelijke hulp en een traplift samen ingevuld. Ria vond het lastig ' +
          '“hulp van vreemden” toe te laten, maar wil het proberen. Gerrit liet zijn oude foto’s van de ' +
          'scheepswerf zien.',
      },
      {
        daysAgo: 150,
        at: '13:30',
        kind: 'partner',
        domains: ['physical'],
        text:
          'Overleg met de casemanager dementie van de thuiszorg: zij komt eens per maand, wij blijven betrokken ' +
          'voor Ria als mantelzorger. Rolverdeling vastgelegd en met Ria en Gerrit besproken.',
      },
      {
        daysAgo: 110,
        at: '10:30',
        kind: 'home_visit',
        with: ['Ria'],
        domains: ['selfcare', 'mental'],
        text:
          'Ria zegt dat het beter gaat nu de thuiszorg twee ochtenden helpt. Gerrit is ’s nachts wel onrustig. ' +
          'Logeeropvang om Ria af en toe rust te geven besproken; dat wil ze nog niet.',
      },
      {
        daysAgo: 64,
        at: '15:00',
        kind: 'phone',
        with: ['Anja'],
        domains: ['physical', 'housing'],
        text:
          'Telefonisch contact met Anja: haar vader is in de badkamer gevallen, niets gebroken. Ze wil dat er ' +
          'beugels komen. Dat loopt al via de Wmo; ik vraag na waar het blijft.',
        addendum: {
          daysLater: 2,
          text: 'Aanvulling: het Wmo-loket bevestigt dat de beugels volgende week worden geplaatst.',
        },
      },
      {
        daysAgo: 22,
        at: '09:00',
        kind: 'home_visit',
        with: ['Gerrit', 'Ria'],
        domains: ['housing', 'selfcare'],
        text:
          'Huisbezoek. De beugels en de traplift zijn er; Gerrit loopt de trap weer zelf op. Ria: “We redden het, ' +
          'zolang we het samen doen.” Afgesproken: contact eens per zes weken; de casemanager dementie heeft het ' +
          'voortouw.',
      },
    ],
  },
  'Dhr. Bakker': {
    themes: ['income', 'selfcare', 'work'],
    extra: 2,
    entries: [
      {
        daysAgo: 41,
        at: '10:00',
        kind: 'office',
        with: ['Kevin', 'Jordy'],
        domains: ['income'],
        text:
          'Eerste gesprek met Kevin op kantoor; zijn vriend Jordy ging mee. Kevin had een tas vol ongeopende post ' +
          'bij zich. Hij werkt via een uitzendbureau, wisselende uren. Uitgelegd dat hij zelf bepaalt wat we doen. ' +
          'Samen de post gesorteerd: deurwaarder, zorgverzekering, telefoon, DUO.',
      },
      {
        daysAgo: 36,
        at: '13:30',
        kind: 'phone',
        with: ['Kevin'],
        domains: ['income'],
        text:
          'Kevin heeft de deurwaarder zelf gebeld, met mij erbij op de luidspreker. Het beslag op zijn loon loopt ' +
          'door, maar de beslagvrije voet wordt opnieuw berekend. Hij was trots dat hij het durfde.',
      },
      {
        daysAgo: 29,
        at: '09:30',
        kind: 'partner',
        with: ['Kevin', 'Ouali'],
        domains: ['income'],
        text:
          'Intake schuldhulpverlening met mw. Ouali en Kevin. Totaal rond € 8.600 bij zeven schuldeisers. Kevin ' +
          'wil leren zelf zijn post bij te houden; mw. Ouali raadt een budgetcursus aan. Aanmelding bij de ' +
          'voedselbank als overbrugging.',
      },
      {
        daysAgo: 22,
        at: '11:00',
        kind: 'partner',
        with: ['Brink'],
        domains: ['income', 'selfcare'],
        text:
          'Telefonisch contact met dhr. Brink (voedselbank): Kevin kan vanaf volgende week elke vrijdag een pakket ' +
          'halen. Kevin vindt dat moeilijk; Jordy gaat de eerste keer mee.',
      },
      {
        daysAgo: 13,
        at: '14:00',
        kind: 'home_visit',
        with: ['Kevin'],
        domains: ['income', 'selfcare'],
        text:
          'Huisbezoek. Kevin heeft een map met vakken gemaakt voor zijn post en alles van deze week zelf geopend. ' +
          'De koelkast was leeg; hij eet vooral brood. Samen een boodschappenlijst gemaakt voor € 35 per week.',
      },
      {
        daysAgo: 5,
        at: '12:00',
        kind: 'phone',
        with: ['Kevin'],
        domains: ['work', 'income'],
        text:
          'Kevin belde: het uitzendbureau biedt hem een vast contract aan voor 24 uur bij een distributiecentrum. ' +
          'Hij twijfelt vanwege de nachtdiensten. Afgesproken dat we het donderdag samen doorrekenen.',
      },
    ],
  },
  'Familie Visser / Smit': {
    themes: ['mental', 'relations', 'parenting'],
    extra: 3,
    entries: [
      {
        daysAgo: 86,
        at: '12:00',
        kind: 'phone',
        with: ['Linda'],
        domains: ['mental'],
        text:
          'Telefonisch contact met Linda na de verwijzing van de huisarts. Julia slaapt slecht, gaat niet naar ' +
          'school en zit veel op haar kamer. Sinds Marco en Tim bij hen wonen is er veel spanning. Afspraak gemaakt ' +
          'voor een gesprek thuis.',
      },
      {
        daysAgo: 85,
        at: '15:30',
        kind: 'home_visit',
        with: ['Linda', 'Marco', 'Julia'],
        domains: ['mental', 'relations'],
        text:
          'Kennismaking met Linda, Marco en {Julia}. Julia wil niet praten zolang Marco erbij is. Linda en Marco ' +
          'zijn het oneens over de regels voor Tim en Julia. Besproken dat de huisarts kan doorverwijzen naar de ' +
          'jeugd-GGZ; dat wil Julia wel.',
      },
      {
        daysAgo: 70,
        at: '09:00',
        kind: 'partner',
        with: ['Hofman'],
        domains: ['mental'],
        text:
          'Overleg met mw. Hofman (GGZ Weidestroom): Julia staat op de wachtlijst, de behandeling start naar ' +
          'verwachting over vier maanden. Zij raadt aan tot dan een vast aanspreekpunt voor Julia te regelen.',
      },
      {
        daysAgo: 60,
        at: '18:00',
        kind: 'home_visit',
        with: ['Linda', 'Marco'],
        domains: ['relations', 'parenting'],
        text:
          'Gesprek met Linda en Marco over de wachttijd. Besloten dat wij het gezin tot de start van de behandeling ' +
          'ondersteunen. Afgesproken: elke zondag een kort gezinsoverleg over de week; Marco bemoeit zich niet met ' +
          'de regels voor Julia, Linda niet met die voor Tim.',
      },
      {
        daysAgo: 52,
        at: '14:30',
        kind: 'office',
        with: ['Julia'],
        domains: ['mental'],
        thirdParty: true,
        text:
          'Gesprek met {Julia} alleen, op kantoor na school. Ze mist haar vader en voelt zich thuis een gast. Ze ' +
          'slaapt pas rond drie uur. Samen een slaapdagboek afgesproken. Afgesproken wat ik wel en niet met Linda ' +
          'deel.',
      },
      {
        daysAgo: 38,
        at: '08:30',
        kind: 'phone',
        with: ['Linda'],
        domains: ['relations', 'safety'],
        text:
          'Linda belde: er was een flinke ruzie tussen Marco en Julia over haar telefoon ’s nachts. Er is niemand ' +
          'geslagen. Linda wil het zondagse overleg weer oppakken.',
      },
      {
        daysAgo: 24,
        at: '15:00',
        kind: 'video',
        with: ['Julia'],
        domains: ['mental', 'work'],
        text:
          'Beeldbellen met Julia. Volgens het slaapdagboek slaapt ze nu meestal voor één uur. Ze is drie dagen per ' +
          'week naar school geweest. Ze wil haar vader vaker zien en wil dat zelf met Linda bespreken.',
      },
      {
        daysAgo: 10,
        at: '16:00',
        kind: 'home_visit',
        with: ['Linda', 'Marco', 'Tim'],
        domains: ['relations', 'parenting'],
        text:
          'Huisbezoek met Linda, Marco en {Tim}. Tim vroeg of hij ook “een gesprek” mocht; hij vindt het stom dat ' +
          'Julia altijd boos is. De sfeer was ontspannener dan een paar maanden geleden. Het zondagse overleg loopt.',
      },
    ],
  },
  'Familie Haile': {
    themes: ['income', 'participation'],
    extra: 0,
    entries: [
      {
        daysAgo: 9,
        at: '09:00',
        kind: 'phone',
        domains: ['income'],
        text:
          'De familie gebeld met de telefoontolk Tigrinya; geen gehoor. In het Nederlands ingesproken met het ' +
          'verzoek terug te bellen.',
      },
      {
        daysAgo: 7,
        at: '14:30',
        kind: 'phone',
        with: ['Filmon'],
        text:
          '{Filmon} nam op; zijn vader was niet thuis. Filmon wilde vertalen, maar dat heb ik niet gedaan: hij ' +
          'hoeft dit niet voor zijn ouders te regelen. Een tolk Tigrinya voor een huisbezoek is pas over twee weken ' +
          'beschikbaar; ik zoek verder.',
      },
      {
        daysAgo: 3,
        at: '10:30',
        kind: 'partner',
        domains: ['income'],
        text:
          'Overleg met de Belastingdienst: de terugvordering van de toeslag staat stil zolang wij met de familie ' +
          'bezig zijn. Een tolk voor volgende week dinsdag is nog niet bevestigd.',
      },
    ],
  },
  'Mw. Yılmaz': {
    themes: ['network', 'participation'],
    extra: 0,
    entries: [
      {
        daysAgo: 399,
        at: '13:00',
        kind: 'phone',
        domains: ['network'],
        text:
          'Telefonisch contact met zoon Mehmet. Zijn moeder zit sinds de dood van zijn vader veel thuis. Ze wil wel ' +
          'naar buiten, maar durft niet alleen en spreekt weinig Nederlands. Afspraak gemaakt voor een kennismaking ' +
          'met een tolk Turks.',
      },
      {
        daysAgo: 397,
        at: '09:30',
        kind: 'home_visit',
        with: ['Ayşe'],
        domains: ['network', 'participation'],
        text:
          'Kennismaking bij mevrouw Yılmaz, met een telefoontolk Turks. Mevrouw is zelfredzaam: ze kookt en doet ' +
          'haar eigen boodschappen. Ze mist gezelschap. Samen de vrouwengroep van buurthuis De Kastanje opgezocht ' +
          '(dinsdagochtend, Turkstalige vrijwilliger). Mehmet gaat de eerste keer mee.',
      },
      {
        daysAgo: 3,
        at: '15:30',
        kind: 'phone',
        domains: ['safety'],
        text:
          'Melding van een buurvrouw: de gordijnen zijn dicht en mevrouw doet niet open. Mehmet is op vakantie in ' +
          'Turkije. Mevrouw gebeld: geen gehoor. Mehmet via WhatsApp bereikt: hij sprak zijn moeder gisteren nog ' +
          'en belt haar nu.',
      },
      {
        daysAgo: 2,
        at: '10:00',
        kind: 'home_visit',
        with: ['Ayşe'],
        domains: ['physical', 'network'],
        text:
          'Huisbezoek met telefoontolk Turks. Mevrouw deed na lang aanbellen open. Ze heeft griep gehad en is een ' +
          'week binnen gebleven; eten was er genoeg. Ze schrok dat de buren zich zorgen maakten, maar vond het ook ' +
          'lief. Afgesproken dat de vrouwengroep haar belt als ze er niet is.',
      },
    ],
  },
  'Dhr. Van Leeuwen': {
    themes: ['work', 'network', 'mental'],
    extra: 10,
    entries: [
      {
        daysAgo: 214,
        at: '09:00',
        kind: 'office',
        with: ['Peter'],
        domains: ['work'],
        text:
          'Kennismaking met Peter en zijn mentor mw. Kramer op kantoor. Peter is zijn plek bij de dagbesteding ' +
          'kwijtgeraakt na een ruzie met een begeleider. Hij zit de hele dag thuis en kijkt tv. Hij wil “iets met ' +
          'hout” doen.',
      },
      {
        daysAgo: 200,
        at: '13:00',
        kind: 'home_visit',
        with: ['Peter'],
        domains: ['work', 'selfcare'],
        text:
          'Huisbezoek bij Peter. Nette woning; hij kookt zelf eenvoudige maaltijden. Hij vertelt over zijn vroegere ' +
          'werk in de houtwerkplaats van de sociale werkplaats. Samen drie dagbestedingen opgezocht.',
      },
      {
        daysAgo: 186,
        at: '10:00',
        kind: 'partner',
        with: ['Peter'],
        domains: ['work'],
        text:
          'Met Peter op bezoek bij de houtwerkplaats van zorgboerderij De Wilgenhoek. Hij mag twee weken ' +
          'proefdraaien op maandag en woensdag.',
      },
      {
        daysAgo: 160,
        at: '15:00',
        kind: 'phone',
        with: ['Peter'],
        domains: ['work', 'participation'],
        text:
          'Peter belde trots: hij heeft een vogelhuisje gemaakt en mag blijven. Vervoer is nog een probleem; ' +
          'Wmo-vervoer aangevraagd.',
      },
      {
        daysAgo: 131,
        at: '14:00',
        kind: 'network',
        with: ['Peter', 'Henk'],
        domains: ['network', 'work'],
        text:
          'Gesprek met Peter over zijn vrije dagen. Hij wil graag nog meer met zijn handen doen. Buurman Henk ' +
          '(netwerk) biedt aan hem mee te nemen naar het repair café op donderdag.',
      },
      {
        daysAgo: 90,
        at: '11:00',
        kind: 'phone',
        domains: ['mental'],
        thirdParty: true,
        text:
          'Telefonisch contact met mw. Kramer (mentor): Peter is somberder sinds zijn moeder in het verpleeghuis is ' +
          'opgenomen. Hij belt haar ’s avonds vaak. Afgesproken dat ik dit met Peter bespreek.',
      },
      {
        daysAgo: 70,
        at: '13:30',
        kind: 'home_visit',
        with: ['Peter'],
        domains: ['mental', 'network'],
        text:
          'Huisbezoek. Peter praat over zijn moeder; hij gaat elke zondag met de bus op bezoek. Hij slaapt goed en ' +
          'gaat nog steeds naar de houtwerkplaats. Hij wil wel dat ik blijf komen.',
      },
      {
        daysAgo: 30,
        at: '10:00',
        kind: 'office',
        with: ['Peter'],
        domains: ['work', 'network'],
        text:
          'Peter kwam langs met een zelfgemaakte kruk voor op kantoor. Evaluatie: dagbesteding loopt, het repair ' +
          'café op donderdag ook. Afgesproken dat we afschalen naar eens per maand; Peter en mw. Kramer bellen als ' +
          'er iets is.',
      },
    ],
  },
  'Familie Peters': {
    themes: ['safety', 'relations', 'parenting'],
    extra: 0,
    entries: [
      {
        daysAgo: 6,
        at: '13:00',
        kind: 'partner',
        domains: ['safety'],
        text:
          'Telefonisch contact met mw. Bos (intern begeleider) over de aanmelding. Blauwe plek op de bovenarm van ' +
          '{Bram}, vorige week; hij zei eerst dat hij gevallen was, later dat het bij het voetballen gebeurde. ' +
          '{Noor} vertelde de juf dat er thuis veel ruzie is. School heeft het nog niet met de ouders besproken.',
      },
      {
        daysAgo: 4,
        at: '14:30',
        kind: 'home_visit',
        with: ['Esther', 'Jeroen'],
        domains: ['safety', 'relations'],
        text:
          'Huisbezoek bij Esther en Jeroen; de kinderen waren op school. De zorgen van school uitgelegd. Beide ' +
          'ouders herkennen dat er veel ruzie is, vooral over geld sinds Jeroen minder uren werkt. Ze ontkennen dat ' +
          'de kinderen geslagen worden. Jeroen werd boos toen de blauwe plek ter sprake kwam, Esther huilde. Ze ' +
          'willen meewerken aan rust in huis.',
      },
      {
        daysAgo: 3,
        at: '09:00',
        kind: 'partner',
        with: ['Haan'],
        domains: ['safety'],
        text:
          'Veilig Thuis (dhr. De Haan) om advies gevraagd, zonder namen. Advies: met school samen een gesprek met ' +
          'de kinderen plannen en de ouders intensief blijven volgen. Overleg met de aandachtsfunctionaris staat ' +
          'deze week.',
      },
      {
        daysAgo: 1,
        at: '11:30',
        kind: 'phone',
        with: ['Esther'],
        domains: ['relations', 'mental'],
        text:
          'Esther belde: Jeroen heeft een afspraak bij de huisarts gemaakt omdat hij slecht slaapt. Ze vroeg of ik ' +
          'bij het gesprek met school wil zijn. Ja; school plant het in.',
      },
    ],
  },
  'Familie Wouters': {
    themes: ['parenting', 'work'],
    extra: 0,
    entries: [
      {
        daysAgo: 1,
        at: '15:30',
        kind: 'phone',
        with: ['Naomi'],
        text:
          'Telefonisch contact met Naomi: ze werkt deze week nachtdiensten en belt maandag terug om een afspraak te ' +
          'maken. {Jayden} weet dat de huisarts ons heeft gebeld.',
      },
    ],
  },
  'Mw. Vos': {
    themes: ['income', 'selfcare'],
    extra: 0,
    entries: [
      {
        daysAgo: 1,
        at: '15:30',
        kind: 'phone',
        with: ['Tineke'],
        domains: ['income'],
        text:
          'Mevrouw Vos gebeld. Afspraak gemaakt voor een huisbezoek; ze legt de map met de post van haar man alvast ' +
          'klaar.',
      },
    ],
  },
  'Familie Haddad': {
    themes: ['income', 'work', 'participation'],
    extra: 4,
    entries: [
      {
        daysAgo: 116,
        at: '10:00',
        kind: 'phone',
        with: ['Rami'],
        text:
          'Telefonisch contact met Rami via de telefoontolk Arabisch. Afspraak gemaakt voor een huisbezoek met tolk; ' +
          'Rami wil dat Lina en zijn moeder erbij zijn.',
      },
      {
        daysAgo: 114,
        at: '09:00',
        kind: 'home_visit',
        with: ['Rami', 'Lina', 'Samira'],
        domains: ['income', 'work'],
        text:
          'Kennismaking met een tolk Arabisch erbij. Rami, Lina en oma Samira waren er; de kinderen op school. Rami ' +
          'werkte in Aleppo als elektricien; hier vindt hij zonder diploma geen werk. Er zijn achterstanden bij de ' +
          'energie en de zorgverzekering. Lina zegt dat ze niet naar school kwamen omdat ze de brieven niet konden ' +
          'lezen. Afgesproken: nooit meer via de kinderen vertalen.',
      },
      {
        daysAgo: 107,
        at: '13:30',
        kind: 'partner',
        with: ['Visscher'],
        domains: ['work', 'parenting'],
        text:
          'Overleg met dhr. Visscher, mentor van {Omar}: Omar is moe en snel boos, maar slim. Hij helpt ’s avonds ' +
          'zijn oma met de medicijnen en vertaalt brieven. School plant een gesprek met tolk.',
      },
      {
        daysAgo: 93,
        at: '14:00',
        kind: 'partner',
        with: ['Rami', 'Lina', 'Omar', 'Visscher'],
        domains: ['work', 'parenting'],
        text:
          'Gesprek op school met Rami, Lina, Omar, dhr. Visscher en een tolk Arabisch. Voor het eerst zaten de ' +
          'ouders aan tafel. Afgesproken dat Omar geen brieven meer vertaalt; de post gaat voortaan mee naar ons ' +
          'spreekuur op woensdag, waar een tolk is.',
      },
      {
        daysAgo: 79,
        at: '09:30',
        kind: 'home_visit',
        with: ['Rami', 'Lina', 'Yara'],
        domains: ['income', 'work', 'physical'],
        text:
          'Brede blik ingevuld met tolk. {Yara} vertelde zelf over haar plannen: ze wil verpleegkundige worden. ' +
          'Rami en Lina noemen hun zorgen over geld en over de gezondheid van Samira. Kracht: het gezin is hecht en ' +
          'de moskee helpt.',
      },
      {
        daysAgo: 65,
        at: '10:30',
        kind: 'office',
        with: ['Rami'],
        domains: ['income', 'work'],
        text:
          'Rami kwam met de post naar het spreekuur. Met de tolk nagelopen: huurtoeslag en zorgtoeslag klopten ' +
          'niet; correcties doorgegeven. Rami is aangemeld bij het Werkplein voor erkenning van zijn diploma.',
      },
      {
        daysAgo: 45,
        at: '12:00',
        kind: 'phone',
        with: ['Lina'],
        domains: ['physical', 'selfcare'],
        text:
          'Telefonisch contact met Lina (telefoontolk Arabisch). Oma Samira is gevallen en is door de huisarts ' +
          'gezien. Lina wil hulp in huis aanvragen; we gaan samen naar het Wmo-loket.',
      },
      {
        daysAgo: 28,
        at: '11:00',
        kind: 'partner',
        domains: ['work'],
        text:
          'Overleg met het Werkplein: Rami mag starten met een leerwerktraject als elektromonteur, met taalles ' +
          'erbij. Hij is blij.',
      },
      {
        daysAgo: 12,
        at: '14:30',
        kind: 'home_visit',
        with: ['Rami', 'Lina', 'Omar'],
        domains: ['income', 'participation'],
        text:
          'Huisbezoek met tolk. {Omar} lachte weer; hij zit op voetbal via het Jeugdfonds Sport. Rami is begonnen ' +
          'met zijn traject. De achterstand bij de energie is afgelost; die bij de zorgverzekering loopt nog.',
      },
    ],
  },
  'Mw. Hoekstra': {
    themes: ['housing', 'mental'],
    extra: 2,
    entries: [
      {
        daysAgo: 57,
        at: '08:30',
        kind: 'phone',
        domains: ['housing'],
        text:
          'Telefonisch contact met de curator, dhr. De Bruin. Hij beheert het geld van mevrouw Hoekstra; voor de ' +
          'rest heeft ze steun nodig. Laatste waarschuwing van de woningcorporatie na klachten over lawaai ’s nachts.',
      },
      {
        daysAgo: 53,
        at: '13:00',
        kind: 'home_visit',
        with: ['Johanna'],
        domains: ['housing', 'mental'],
        thirdParty: true,
        text:
          'Kennismaking bij mevrouw Hoekstra. Ze vertelt dat de bovenburen haar lastigvallen en dat ze daarom ’s ' +
          'nachts op de verwarmingsbuis slaat. De woning is rommelig maar schoon. Ze wil absoluut blijven wonen en ' +
          'wil dat ik met de woningcorporatie praat.',
      },
      {
        daysAgo: 45,
        at: '10:00',
        kind: 'partner',
        with: ['Smit'],
        domains: ['housing'],
        text:
          'Overleg met dhr. Smit (woonconsulent Lindenhof). Vier klachten in twee maanden, allemaal ’s nachts. Hij ' +
          'wil een gesprek met buurtbemiddeling proberen in plaats van een ontruimingsprocedure, als mevrouw ' +
          'meewerkt.',
      },
      {
        daysAgo: 31,
        at: '14:00',
        kind: 'home_visit',
        with: ['Johanna'],
        domains: ['mental', 'physical'],
        text:
          'Mevrouw slaapt slecht; ze hoort “gedreun” boven haar. Voorzichtig naar haar gezondheid gevraagd: ze had ' +
          'vroeger medicijnen “voor de zenuwen” maar is ermee gestopt. Ze wil wel met de huisarts praten als ik ' +
          'meega.',
      },
      {
        daysAgo: 17,
        at: '15:00',
        kind: 'partner',
        with: ['Johanna', 'Smit'],
        domains: ['housing'],
        text:
          'Bemiddelingsgesprek met mevrouw, dhr. Smit en Buurtbemiddeling. Afspraak: geen geluid na tien uur ’s ' +
          'avonds; als mevrouw last heeft, belt ze de buurtbemiddelaar in plaats van te slaan. De woningcorporatie ' +
          'zet de procedure stil.',
      },
      {
        daysAgo: 6,
        at: '09:30',
        kind: 'phone',
        with: ['Johanna'],
        domains: ['housing', 'mental'],
        text: 'Mevrouw belde: twee rustige weken. De afspraak bij de huisarts is volgende week; ik ga mee.',
      },
    ],
  },
  'Familie El Idrissi': {
    themes: ['safety', 'relations', 'parenting'],
    extra: 2,
    entries: [
      {
        daysAgo: 39,
        at: '10:00',
        kind: 'phone',
        with: ['Fatima'],
        by: 'worker3',
        domains: ['safety'],
        thirdParty: true,
        text:
          'Telefonisch contact met Fatima na de overdracht van Veilig Thuis. Ze is opgelucht dat er iemand belt. ' +
          'Hamid is na de politie-inzet vertrokken, maar komt nog langs voor de kinderen. Afspraak gemaakt voor een ' +
          'huisbezoek.',
      },
      {
        daysAgo: 36,
        at: '14:30',
        kind: 'home_visit',
        with: ['Fatima', 'Bilal'],
        by: 'worker3',
        domains: ['safety', 'relations'],
        text:
          'Huisbezoek met Fatima en {Bilal}. Bilal stond tijdens de ruzie tussen zijn ouders in en voelt zich ' +
          'verantwoordelijk. Fatima wil niet dat hij nog bemiddelt. Voorlopige veiligheidsafspraken: Hamid komt ' +
          'niet onaangekondigd, contact over de kinderen loopt via Naima.',
      },
      {
        daysAgo: 34,
        at: '12:00',
        kind: 'partner',
        with: ['Boateng'],
        by: 'worker3',
        domains: ['safety'],
        text:
          'Overleg met mw. Boateng (Veilig Thuis) en de aandachtsfunctionaris. Veilig Thuis blijft betrokken; het ' +
          'wijkteam maakt met het gezin en het netwerk een veiligheidsplan.',
      },
      {
        daysAgo: 29,
        at: '16:00',
        kind: 'network',
        with: ['Fatima', 'Naima'],
        by: 'worker1',
        domains: ['safety', 'network'],
        text:
          'Netwerkberaad met Fatima en haar zus Naima. Naima vangt de kinderen op als het thuis onrustig is en is ' +
          'het aanspreekpunt voor Hamid. Veiligheidsplan op papier gezet; Fatima heeft het nummer van de wijkagent.',
      },
      {
        daysAgo: 22,
        at: '13:30',
        kind: 'home_visit',
        with: ['Fatima', 'Amira', 'Ilias'],
        by: 'worker1',
        domains: ['safety', 'parenting', 'mental'],
        text:
          'Huisbezoek met Fatima en de jongsten. {Amira} tekende een huis met een slot op de deur; ze zegt dat ze ’s ' +
          'nachts wakker ligt. {Ilias} speelde en vroeg waar papa is. Fatima wil hulp voor Amira; ik bespreek met ' +
          'school en de huisarts wat kan.',
      },
      {
        daysAgo: 15,
        at: '09:00',
        kind: 'partner',
        with: ['Willems'],
        by: 'worker3',
        domains: ['safety'],
        text:
          'Telefonisch overleg met dhr. Willems (wijkagent): geen nieuwe meldingen sinds de afspraken. Hij rijdt ’s ' +
          'avonds vaker door de straat.',
      },
      {
        daysAgo: 8,
        at: '14:00',
        kind: 'office',
        with: ['Bilal'],
        by: 'worker1',
        domains: ['work', 'relations'],
        text:
          'Gesprek met Bilal op kantoor. Hij wil zijn examen halen en werkt bij een sportschool. Hij ziet zijn ' +
          'vader af en toe in de stad en wil dat zo houden. Hij vindt het fijn dat hij “gewoon zoon mag zijn”.',
      },
      {
        daysAgo: 2,
        at: '08:30',
        kind: 'phone',
        with: ['Fatima'],
        by: 'worker3',
        domains: ['safety'],
        thirdParty: true,
        text:
          'Fatima belde: Hamid stond gisteravond onaangekondigd voor de deur. Ze heeft niet opengedaan en Naima ' +
          'gebeld, zoals afgesproken. Het plan werkte. Ik bespreek dit morgen met Veilig Thuis.',
      },
    ],
  },
  'Dhr. Dekker': {
    themes: ['physical', 'selfcare'],
    extra: 0,
    entries: [
      {
        daysAgo: 379,
        at: '10:00',
        kind: 'phone',
        with: ['Henk'],
        domains: ['physical'],
        text:
          'Meneer Dekker gebeld over de scootmobiel. Uitgelegd hoe de aanvraag bij het Wmo-loket gaat; dochter ' +
          'Ellen helpt met het formulier.',
      },
      {
        daysAgo: 6,
        at: '09:00',
        kind: 'partner',
        with: ['Dam'],
        domains: ['physical'],
        text:
          'Telefonisch contact met mw. Dam (praktijkondersteuner) over de aanmelding: twee keer gevallen in een ' +
          'maand, eet slecht en is afgevallen.',
      },
      {
        daysAgo: 3,
        at: '13:00',
        kind: 'home_visit',
        with: ['Henk', 'Ellen'],
        domains: ['physical', 'selfcare'],
        text:
          'Huisbezoek bij meneer Dekker ({Henk}); dochter Ellen was erbij. Hij wil absoluut thuis blijven wonen. In ' +
          'de keuken weinig eten, wel veel pakjes soep. Hij valt ’s nachts op weg naar het toilet. Besproken: ' +
          'nachtlampjes, een alarmknop en een maaltijdservice. Meneer: “Als ik maar niet naar een tehuis hoef.”',
      },
    ],
  },
  'Familie Kowalski': {
    themes: ['safety', 'substances'],
    extra: 0,
    entries: [
      {
        daysAgo: 3,
        at: '15:00',
        kind: 'partner',
        domains: ['safety'],
        text:
          'Dhr. Willems (wijkagent) belde: vannacht ruzie in de woning, Piotr onder invloed. Agnieszka en {Zofia} ' +
          'zijn bij buurvrouw Marleen opgevangen. De crisisdienst is ingeschakeld.',
      },
      {
        daysAgo: 3,
        at: '15:40',
        kind: 'home_visit',
        with: ['Agnieszka'],
        domains: ['safety'],
        text:
          'Bij buurvrouw Marleen met Agnieszka gesproken, in het Engels en met een telefoontolk Pools. Ze wil niet ' +
          'terug zolang Piotr drinkt. Veilig Thuis is door de crisisdienst ingeschakeld. Zofia sliep.',
      },
      {
        daysAgo: 2,
        at: '11:00',
        kind: 'phone',
        with: ['Piotr'],
        domains: ['substances', 'safety'],
        text:
          'Telefonisch contact met Piotr, met een tolk Pools. Hij schaamt zich en wil hulp bij zijn drinken. ' +
          'Afgesproken dat hij niet naar de woning gaat zolang Agnieszka en Zofia er zijn; hij slaapt bij een ' +
          'collega.',
      },
      {
        daysAgo: 1,
        at: '09:30',
        kind: 'partner',
        domains: ['safety'],
        text:
          'Overleg met Veilig Thuis en de wijkagent: een huisverbod is niet nodig omdat Piotr vrijwillig ergens ' +
          'anders slaapt. Het gesprek met beide ouders en een tolk Pools is deze week.',
      },
    ],
  },
  'Familie Mulder / Brouwer': {
    themes: ['parenting', 'relations'],
    extra: 0,
    entries: [
      {
        daysAgo: 26,
        at: '14:00',
        kind: 'home_visit',
        with: ['Sandra', 'Dennis', 'Finn'],
        domains: ['parenting'],
        text:
          'Kennismaking met Sandra, Dennis en {Finn}. Finn krijgt woedeaanvallen als iets anders gaat dan gepland; ' +
          'school denkt aan autisme. Verwijzing naar Jeugdhulp De Wilg voor onderzoek besproken; de ouders regelen ' +
          'de verwijsbrief met de huisarts.',
      },
      {
        daysAgo: 18,
        at: '10:00',
        kind: 'phone',
        with: ['Sandra'],
        domains: ['parenting', 'relations'],
        text:
          'Sandra belde: de verwijsbrief is binnen, de intake bij De Wilg is over vijf weken. {Mila} voelt zich ' +
          'een beetje vergeten; Sandra wil daar aandacht voor.',
      },
      {
        daysAgo: 9,
        at: '12:30',
        kind: 'partner',
        with: ['Ouali'],
        domains: ['parenting'],
        text:
          'Overleg met dhr. Ouali (De Wilg): de intake is bevestigd. Tips voor thuis tot dan: een dagplanning met ' +
          'plaatjes en veranderingen van tevoren aankondigen.',
      },
    ],
  },
  'Familie Rutten': {
    themes: ['parenting', 'work'],
    extra: 0,
    entries: [
      {
        daysAgo: 19,
        at: '11:00',
        kind: 'phone',
        with: ['Eva'],
        domains: ['parenting', 'work'],
        text:
          'Telefonisch contact met Eva: ze werkt sinds een maand weer fulltime en de opvang na school lukt niet. ' +
          'Afspraak gemaakt voor een gesprek thuis.',
      },
      {
        daysAgo: 18,
        at: '09:30',
        kind: 'partner',
        domains: ['parenting'],
        text:
          'Naschoolse opvang bij De Regenboog gebeld: er is plek op maandag, woensdag en donderdag. Dat neem ik ' +
          'mee naar het gesprek met Eva en Thomas.',
      },
    ],
  },
  'Familie Pinas': {
    themes: ['mental', 'work'],
    extra: 0,
    entries: [
      {
        daysAgo: 6,
        at: '10:00',
        kind: 'phone',
        text: 'Shirley Pinas gebeld; geen gehoor. Voicemail ingesproken.',
      },
      {
        daysAgo: 4,
        at: '15:00',
        kind: 'phone',
        with: ['Jordy'],
        domains: ['mental'],
        text:
          '{Jordy} nam op: zijn moeder slaapt veel en wil niet aan de telefoon. Hij klonk moe. Gevraagd of hij zijn ' +
          'moeder wil zeggen dat ik terugbel; hij heeft ons nummer voor als hij zelf wil praten.',
      },
      {
        daysAgo: 1,
        at: '09:00',
        kind: 'phone',
        with: ['Priscilla'],
        text:
          'Opnieuw gebeld, geen gehoor. Zus Priscilla gebeld: zij gaat zaterdag langs en zegt Shirley dat ze ons kan ' +
          'bellen.',
      },
    ],
  },
  'Dhr. Jacobs': {
    themes: ['selfcare', 'mental'],
    extra: 0,
    entries: [
      {
        daysAgo: 1,
        at: '13:00',
        kind: 'home_visit',
        text:
          'Huisbezoek volgens afspraak: meneer Jacobs deed niet open. Wel licht en geluid in de woning. Briefje in ' +
          'de bus gedaan met mijn nummer en een nieuwe tijd. De buurman zegt dat hij hem gisteren nog zag.',
      },
    ],
  },
}
