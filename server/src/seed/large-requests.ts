import type { Statement } from 'better-sqlite3'
import type { RequestSource } from '#shared/contracts/requests'
import type { Db } from '../db/client.ts'
import { demoExpertises, demoOrganisations } from './catalogues.ts'
import { addDays, instantBefore } from './dates.ts'
import type { Rng } from './random.ts'

/**
 * Requests for the benchmark database: one per household, written with prepared statements next to the
 * household itself. Most are triaged long ago (the request that opened the case), about 5% are new this week
 * and about 1% are past their five days without an appointment, so the lists and counts have realistic shapes.
 * The wording comes from the same kind of sentences as the demo, picked at random.
 */

export type IntakeState = 'triaged' | 'new' | 'overdue'

/** How a household's request stands; drawn before the household, because a new request means a new household. */
export function drawIntake(rng: Rng): { state: IntakeState; daysAgo: number } {
  const roll = rng.next()
  if (roll < 0.01) return { state: 'overdue', daysAgo: rng.int(6, 12) }
  if (roll < 0.06) return { state: 'new', daysAgo: rng.int(1, 5) }
  return { state: 'triaged', daysAgo: rng.int(21, 1_000) }
}

const sourceWeights: Readonly<Record<RequestSource, number>> = {
  resident: 30,
  network: 10,
  neighbour: 7,
  gp: 14,
  school: 12,
  police: 6,
  veilig_thuis: 4,
  municipality_desk: 9,
  other_organisation: 6,
  anonymous: 2,
}

const questions: Readonly<Record<RequestSource, readonly string[]>> = {
  resident: [
    'Ik krijg de rekeningen niet meer betaald en durf de post niet meer open te maken.',
    'Sinds mijn scheiding lukt het me niet meer om alles alleen te regelen. Ik wil graag dat iemand meekijkt.',
    'Ik zit de hele dag thuis en wil graag weer iets om handen hebben, maar ik weet niet waar ik moet beginnen.',
    'Mijn zoon luistert niet meer en zit tot diep in de nacht te gamen. Ik weet niet meer wat ik moet doen.',
    'Ik heb een brief gekregen dat mijn toeslag stopt en ik begrijp niet waarom.',
    'Ik zorg voor mijn man en red het eigenlijk niet meer. Ik wil niet klagen, maar ik ben zo moe.',
  ],
  network: [
    'Mijn moeder vergeet steeds meer en mijn vader doet alles alleen. Ze willen geen hulp vragen.',
    'Mijn zus komt de deur niet meer uit sinds ze haar baan kwijt is. Ik maak me zorgen om haar en de kinderen.',
    'Mijn broer heeft schulden en schaamt zich. Hij wil wel hulp, maar durft niet zelf te bellen.',
  ],
  neighbour: [
    'Mijn buurvrouw zit al dagen binnen, de gordijnen blijven dicht en ze doet niet open.',
    'Ik hoor ’s avonds vaak harde ruzie bij de buren en een kind dat huilt.',
    'Er hangt een vieze lucht in het portiek en de buurman lijkt zich niet goed te redden.',
  ],
  gp: [
    'Moeder maakt zich zorgen over zoon, slaapt slecht, verzuimt school. Graag ondersteuning thuis.',
    'Meneer woont alleen, is twee keer gevallen en eet slecht. Wil thuis blijven wonen.',
    'Mevrouw heeft veel stress door geldzorgen; klachten lijken daar grotendeels door te komen.',
    'Jonge moeder, uitgeput, weinig netwerk. Graag iemand die meekijkt wat er nodig is.',
  ],
  school: [
    'Leerling is vaak afwezig op maandag en maakt een vermoeide indruk. Ouders zijn moeilijk bereikbaar.',
    'Kind komt regelmatig zonder ontbijt en in dezelfde kleren naar school. Wij maken ons zorgen.',
    'Leerling loopt vast in de klas en heeft woedeaanvallen. Ouders staan open voor hulp.',
  ],
  police: [
    'Melding huiselijke onrust; politie ter plaatse geweest. Graag contact met het wijkteam.',
    'Meneer belt vaak 112 en de buren klagen over overlast. Meneer lijkt verward.',
    'Jongere meerdere keren aangehouden in de buurt; ouders lijken grip kwijt.',
  ],
  veilig_thuis: [
    'Na een melding vraagt Veilig Thuis het wijkteam om het gezin te ondersteunen. Ouders zijn op de hoogte.',
    'Veilig Thuis sluit het onderzoek af en draagt over aan het wijkteam voor vervolghulp.',
  ],
  municipality_desk: [
    'Mevrouw kwam aan de balie met een brief over een betalingsachterstand en was erg overstuur.',
    'Meneer vroeg aan de balie hulp bij het invullen van formulieren; hij kan slecht lezen.',
    'Aanvraag Wmo-voorziening; bij het gesprek bleek dat er meer speelt in het gezin.',
  ],
  other_organisation: [
    'De woningcorporatie meldt een huurachterstand van drie maanden en krijgt geen contact met de huurder.',
    'De mentor vraagt ondersteuning: meneer is zijn dagbesteding kwijt en wordt somber.',
    'De voedselbank verwijst door: het gezin komt al maanden en wil hulp bij de schulden.',
  ],
  anonymous: [
    'Ik zie de kinderen van de buren vaak laat op straat en ze zien er verwaarloosd uit.',
    'Ik hoor de baby vaak lang huilen en zie de moeder bijna nooit buiten.',
  ],
}

const reporters: Partial<Readonly<Record<RequestSource, readonly string[]>>> = {
  network: ['Dochter', 'Zus', 'Broer', 'Zoon', 'Vriendin'],
  neighbour: ['Buurvrouw', 'Buurman'],
  gp: [demoOrganisations.gpMolenkamp, demoOrganisations.gpLindenhoeve],
  school: [demoOrganisations.primarySchool, demoOrganisations.secondarySchool],
  police: [demoOrganisations.police],
  veilig_thuis: [demoOrganisations.veiligThuis],
  municipality_desk: ['Balie Stadskantoor'],
  other_organisation: [demoOrganisations.housing, demoOrganisations.foodBank, demoOrganisations.mentalHealth],
}

const teamReasons = [
  'Zorgen op meerdere leefgebieden; het huishouden wil hulp en zelf de regie houden. Past bij het wijkteam.',
  'Problematische schulden en stress; samen eerste stappen naar schuldhulp.',
  'Mantelzorg staat onder druk; eerst kennismaken en samen kijken wat nodig is.',
  'Opvoedvragen en zorgen over school; wijkteam ondersteunt ouders en kind.',
]
const ownDirections = [
  'Het huishouden houdt de regie; wij kijken mee.',
  'Moeder wil zelf beslissen welke hulp er komt.',
  'Meneer wil het samen met zijn dochter regelen; wij ondersteunen.',
]
const advices = [
  'Verwezen naar het Wmo-loket; dochter helpt met de aanvraag. Mag altijd weer bellen.',
  'Kennisgemaakt met de inloop in het buurthuis; buurvrouw gaat de eerste keer mee.',
  'Uitgelegd hoe de toeslag aangevraagd wordt; lukt zelf. Bij nieuwe vragen terugbellen.',
]
const referrals = [
  `${demoOrganisations.mentalHealth}, specialistische GGZ`,
  `${demoOrganisations.youthCare}, diagnostiek en gezinsbehandeling`,
  `${demoOrganisations.debtHelp}, schuldregeling`,
]
const safetyNotes = [
  'Politie-inzet bij ruzie thuis; kinderen waren erbij.',
  'Blauwe plek bij het jongste kind, verklaring wisselend.',
  'Moeder vertelt over dreigende ex-partner die onaangekondigd langskomt.',
]
const crisisReason =
  'Acute onveiligheid; crisisdienst en Veilig Thuis ingeschakeld. Wijkteam blijft betrokken.'
const expertiseCount = Object.keys(demoExpertises).length

export type RequestWriter = {
  write: (r: {
    householdId: number
    teamId: number
    state: IntakeState
    daysAgo: number
    registeredAt: string
    /** The household's current worker, or null when it waits for one. */
    worker: number | null
    supervisor: number
    /** Any worker of the team, for triage of households without a current worker. */
    anyWorker: number
    /** A new request was registered; the caller puts the triage worker on the case. */
    onRegistered: (registrar: number, triageWorker: number | null) => void
  }) => void
}

/** Prepared statements for the requests of the large seed; ids are handed out here, in insertion order. */
export function createRequestWriter(raw: Db['$client'], rng: Rng, today: string): RequestWriter {
  const insertRequest: Statement = raw.prepare(
    `INSERT INTO requests (id, team_id, household_id, source, reporter_name, reporter_contact, received_on, question,
       household_knows, status, registered_by, registered_at, triage_worker_id, appointment_on, appointment_made_on,
       appointment_outcome)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertTriage: Statement = raw.prepare(
    `INSERT INTO triage_versions (request_id, household_id, version, urgency, safety_answer, safety_note,
       expertise_ids, route, route_reasoning, advice, own_direction, referral_to, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertSignal: Statement = raw.prepare(
    `INSERT INTO safety_signals (household_id, request_id, observation, source, raised_by, raised_at, followed_up_at,
       followed_up_by, observed_on)
     VALUES (?, ?, ?, 'triage', ?, ?, ?, ?, substr(?, 1, 10))`,
  )
  const flagHousehold: Statement = raw.prepare('UPDATE households SET safety_flagged_at = ? WHERE id = ?')
  let requestId = 0

  const expertiseJson = () => {
    const a = rng.int(1, expertiseCount)
    const b = rng.int(1, expertiseCount)
    return a === b || rng.chance(0.5) ? `[${a}]` : `[${a},${b}]`
  }

  return {
    write(r) {
      const id = ++requestId
      const source = rng.weighted(sourceWeights)
      const question = rng.pick(questions[source])
      const reporterPool = reporters[source]
      const reporter = reporterPool ? rng.pick(reporterPool) : null
      const knows =
        source === 'anonymous' ? 'no' : rng.chance(0.88) ? 'yes' : rng.chance(0.6) ? 'unknown' : 'no'
      const receivedOn = addDays(today, -r.daysAgo)

      if (r.state !== 'triaged') {
        // Registered by the worker (who triages it), or by the supervisor, who may not have chosen anyone yet.
        const byWorker = r.worker !== null && rng.chance(0.7)
        const registrar = byWorker && r.worker !== null ? r.worker : r.supervisor
        const triageWorker = byWorker ? r.worker : r.worker !== null && rng.chance(0.5) ? r.worker : null
        let appointmentOn: string | null = null
        let madeOn: string | null = null
        let outcome: string | null = null
        if (r.state === 'new' && rng.chance(0.5)) {
          madeOn = addDays(receivedOn, rng.int(0, Math.min(1, r.daysAgo - 1)))
          const onDaysAgo = r.daysAgo - rng.int(1, 5)
          appointmentOn = addDays(today, -onDaysAgo)
          if (onDaysAgo > 0) outcome = rng.chance(0.85) ? 'held' : 'not_held'
        }
        insertRequest.run(
          id,
          r.teamId,
          r.householdId,
          source,
          reporter,
          receivedOn,
          question,
          knows,
          'new',
          registrar,
          r.registeredAt,
          triageWorker,
          appointmentOn,
          madeOn,
          outcome,
        )
        r.onRegistered(registrar, triageWorker)
        return
      }

      // The request that opened the case: appointment within days, triage at the appointment.
      const worker = r.worker ?? r.anyWorker
      const madeOn = addDays(receivedOn, rng.int(0, 3))
      const onDaysAgo = r.daysAgo - rng.int(3, 6)
      const appointmentOn = addDays(today, -onDaysAgo)
      const route =
        r.worker !== null
          ? rng.chance(0.04)
            ? 'crisis'
            : 'team'
          : rng.chance(0.6)
            ? 'no_professional_help'
            : 'referral'
      const closed = r.worker === null && rng.chance(0.5)
      insertRequest.run(
        id,
        r.teamId,
        r.householdId,
        source,
        reporter,
        receivedOn,
        question,
        knows,
        closed ? 'closed' : 'triaged',
        worker,
        r.registeredAt,
        worker,
        appointmentOn,
        madeOn,
        rng.chance(0.95) ? 'held' : 'not_held',
      )
      const roll = rng.next()
      const safety = route === 'crisis' || roll < 0.04 ? 'yes' : roll < 0.12 ? 'unknown' : 'no'
      const note = safety === 'yes' ? rng.pick(safetyNotes) : null
      const triagedAt = instantBefore(today, onDaysAgo, rng.int(480, 900))
      const version = (n: number, at: string, v: { route: string; urgency: string; reasoning: string }) =>
        insertTriage.run(
          id,
          r.householdId,
          n,
          v.urgency,
          safety,
          note,
          expertiseJson(),
          v.route,
          v.reasoning,
          v.route === 'no_professional_help' ? rng.pick(advices) : null,
          v.route === 'team' ? rng.pick(ownDirections) : null,
          v.route === 'referral' ? rng.pick(referrals) : null,
          worker,
          at,
        )
      if (route === 'crisis') {
        // Crisis first, then the team took it up once things calmed down.
        version(1, triagedAt, { route: 'crisis', urgency: 'acute', reasoning: crisisReason })
        const later = instantBefore(today, Math.max(1, onDaysAgo - rng.int(2, 7)), rng.int(480, 900))
        version(2, later, { route: 'team', urgency: 'days', reasoning: rng.pick(teamReasons) })
      } else {
        version(1, triagedAt, {
          route,
          urgency: rng.chance(0.3) ? 'days' : 'regular',
          reasoning: route === 'team' ? rng.pick(teamReasons) : 'Enkelvoudige vraag; zelfredzaam met advies.',
        })
      }
      if (note) {
        // Older signals were nearly all followed up; a few recent ones still wait for the supervisor.
        const followedUp = rng.chance(onDaysAgo > 60 ? 0.98 : 0.6)
        const followedUpAt = followedUp
          ? instantBefore(today, Math.max(1, onDaysAgo - rng.int(1, 10)), rng.int(480, 900))
          : null
        insertSignal.run(
          r.householdId,
          id,
          note,
          worker,
          triagedAt,
          followedUpAt,
          followedUp ? r.supervisor : null,
          // A triage signal was observed the day it was raised.
          triagedAt,
        )
        flagHousehold.run(triagedAt, r.householdId)
      }
    },
  }
}
