import type { TFunction } from 'i18next'
import type { TimelineEvent } from '#shared/contracts/timeline'
import { formatDate, type Language } from '#shared/domain/dates'
import { timelineNl } from '#shared/i18n/sections/timeline'

type Labels = typeof timelineNl

/** Whether a value from the server names one of the options the i18n has words for. */
function isOption<K extends keyof Labels>(group: K, value: unknown): value is keyof Labels[K] & string {
  return typeof value === 'string' && Object.hasOwn(timelineNl[group] as object, value)
}

/** "elke 4 weken", "elke 3 maanden" (13 weeks), "elke 10 dagen": the interval as people say it. */
function intervalText(days: number, t: TFunction): string {
  if (days % 7 !== 0) return t('timeline.every.days', { count: days })
  const weeks = days / 7
  if (weeks % 13 === 0) return t('timeline.every.months', { count: (weeks / 13) * 3 })
  return t('timeline.every.weeks', { count: weeks })
}

/**
 * One plain sentence for an event, from the template of its kind: "Sanne de Wit deelde informatie over Daan
 * Jansen met School De Regenboog, met toestemming van Fatima Jansen (geldig tot 1 juni 2027)."
 */
export function timelineSentence(event: TimelineEvent, t: TFunction, language: Language): string {
  const v = event.values
  const text = (key: string) => (v[key] === undefined ? '' : String(v[key]))
  const date = (key: string) => (typeof v[key] === 'string' ? formatDate(v[key], language) : '')
  // Names arrive as "Fatima Jansen, Daan Jansen": read as "Fatima Jansen en Daan Jansen".
  const names = (key: string) =>
    new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(
      text(key).split(', ').filter(Boolean),
    )
  const who = event.who ?? t('timeline.someone')
  const s = { who }

  switch (event.kind) {
    case 'requestRegistered':
      return t('timeline.sentences.requestRegistered', {
        ...s,
        source: isOption('sources', v.source) ? t(`timeline.sources.${v.source}`) : text('source'),
      })
    case 'triage': {
      const values = {
        ...s,
        version: text('version'),
        route: isOption('routes', v.route) ? t(`timeline.routes.${v.route}`) : text('route'),
        safetyAnswer: isOption('safetyAnswers', v.safetyAnswer)
          ? t(`timeline.safetyAnswers.${v.safetyAnswer}`)
          : text('safetyAnswer'),
      }
      return Number(v.version) > 1
        ? t('timeline.sentences.triageRevised', values)
        : t('timeline.sentences.triage', values)
    }
    case 'appointmentMade':
      return t('timeline.sentences.appointmentMade', { appointmentOn: date('appointmentOn') })
    case 'appointmentHeld':
      return t('timeline.sentences.appointmentHeld')
    case 'appointmentNotHeld':
      return t('timeline.sentences.appointmentNotHeld')
    case 'conversation':
      return t('timeline.sentences.conversation', {
        ...s,
        conversationKind: isOption('conversationKinds', v.conversationKind)
          ? t(`timeline.conversationKinds.${v.conversationKind}`)
          : text('conversationKind'),
      })
    case 'analysis':
      return t('timeline.sentences.analysis', s)
    case 'planVersion':
      return v.by === 'household'
        ? t('timeline.sentences.planVersionByHousehold', { ...s, version: text('version') })
        : t('timeline.sentences.planVersion', { ...s, version: text('version') })
    case 'planPosition': {
      if (!isOption('positionRecorded', v.position)) return text('position')
      const values = { ...s, member: text('member'), version: text('version') }
      return v.by === 'household'
        ? t(`timeline.positionInPortal.${v.position}`, values)
        : t(`timeline.positionRecorded.${v.position}`, values)
    }
    case 'consentGiven':
    case 'consentWithdrawn': {
      const values = {
        ...s,
        giver: text('giver'),
        // "Fatima Jansen gaf toestemming om informatie over zichzelf te delen".
        subject: v.subject === v.giver ? t('timeline.self') : text('subject'),
        recipient: text('recipient'),
        validUntil: date('validUntil'),
      }
      if (event.kind === 'consentWithdrawn') return t('timeline.sentences.consentWithdrawn', values)
      return v.validUntil
        ? t('timeline.sentences.consentGivenUntil', values)
        : t('timeline.sentences.consentGiven', values)
    }
    case 'shared': {
      const values = {
        ...s,
        about: names('about'),
        recipient: text('recipient'),
        givers: names('givers'),
        validUntil: date('validUntil'),
        reference: text('reference'),
        reportedOn: date('reportedOn'),
      }
      if (v.basis === 'meldcode' && v.reference) return t('timeline.sentences.sharedOnReport', values)
      if (v.basis === 'consent' && v.givers)
        return v.validUntil
          ? t('timeline.sentences.sharedWithConsentUntil', values)
          : t('timeline.sentences.sharedWithConsent', values)
      return t('timeline.sentences.shared', values)
    }
    case 'signalRecorded':
      return t('timeline.sentences.signalRecorded', {
        ...s,
        about: names('about'),
        source: isOption('signalSources', v.source)
          ? t(`timeline.signalSources.${v.source}`)
          : text('source'),
      })
    case 'signalFollowedUp':
      return v.via === 'meldcode'
        ? t('timeline.sentences.signalFollowedUpByMeldcode', { about: names('about') })
        : t('timeline.sentences.signalFollowedUp', { ...s, about: names('about') })
    case 'safetyPicture':
      return t('timeline.sentences.safetyPicture', {
        ...s,
        member: text('member'),
        assessment: isOption('assessments', v.assessment)
          ? t(`timeline.assessments.${v.assessment}`)
          : text('assessment'),
      })
    case 'meldcodeStarted':
      return t('timeline.sentences.meldcodeStarted', s)
    case 'meldcodeDecided': {
      const values = { ...s, reference: text('reference'), reportedOn: date('reportedOn') }
      if (v.report !== 'yes') return t('timeline.sentences.meldcodeDecidedHelp', values)
      return v.help === 'yes'
        ? t('timeline.sentences.meldcodeDecidedReportAndHelp', values)
        : t('timeline.sentences.meldcodeDecidedReport', values)
    }
    case 'phaseChanged': {
      const interval = typeof v.intervalDays === 'number' ? intervalText(v.intervalDays, t) : ''
      if (v.phase === 'pulse') return t('timeline.sentences.phasePulse', { ...s, interval })
      if (v.phase === 'background') return t('timeline.sentences.phaseBackground', { ...s, interval })
      return t('timeline.sentences.phaseActive', s)
    }
    case 'checkIn':
      return t('timeline.sentences.checkIn', {
        ...s,
        how: isOption('checkInHows', v.how) ? t(`timeline.checkInHows.${v.how}`) : text('how'),
      })
    case 'caseClosed':
      return t('timeline.sentences.caseClosed', s)
    case 'caseReopened':
      return t('timeline.sentences.caseReopened', s)
    case 'reflectionAsked':
      return t('timeline.sentences.reflectionAsked', s)
    case 'reflectionHeld':
      return t('timeline.sentences.reflectionHeld', s)
  }
}
