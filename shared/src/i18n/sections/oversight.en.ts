import type { oversightNl } from './oversight.ts'

/** The English texts, with the same keys as the Dutch ones in ./oversight.ts (the type says so). */
export const oversightEn: typeof oversightNl = {
  status: {
    active: 'Still running',
    expired: 'Expired',
    endedOn: 'Ended on {{date}}',
  },
  accessColumns: {
    who: 'Who',
    household: 'Household',
    householdTeam: "Household's team",
    reason: 'Reason',
    started: 'Started',
    until: 'Until',
    status: 'Status',
  },
  noTeam: 'No team',
  emergency: {
    title: 'Emergency access',
    intro:
      'Emergency access is for an urgent situation with a household that is not part of your work: you can still open its file, but only to read, and for 24 hours at most.',
    introWho:
      'Your team lead and the administrator see that you did so and why, and the household sees in its own overview that you opened the file.',
    findTitle: 'Find a household by address',
    findHint: 'You search by the exact address, not by name. That way nobody can browse through the files.',
    postcode: 'Postcode',
    postcodeHint: 'For example 1234 AB.',
    houseNumber: 'House number',
    houseNumberHint: 'The number only, without an addition.',
    find: 'Find household',
    finding: 'Searching…',
    resultsTitle: 'Found at this address',
    noResults:
      'No household at this address is known to the neighbourhood team. Check the postcode and the house number.',
    team: 'Team: {{team}}',
    alreadyAccessible: 'You already have access.',
    toHousehold: 'Go to the household',
    choose: 'Choose this household',
    chosen: 'Chosen',
    startTitle: 'Emergency access to {{name}}',
    startWhat:
      'You can read the file for 24 hours. You cannot change it. You can end the emergency access earlier when you are done.',
    reason: 'Why is it urgent?',
    reasonHint:
      'Write in a full sentence why it is needed now. Your team lead and the administrator read this.',
    start: 'Open the file with emergency access',
    starting: 'Opening…',
    chooseOther: 'Choose another household',
  },
  banner: {
    heading: 'You are looking with emergency access, until {{until}}. Read only.',
    reason: 'Your reason: {{reason}}',
    seen: 'Your team lead, the administrator and the household see that you opened this file.',
    end: 'End emergency access',
    ending: 'Ending…',
  },
  notFoundHint: 'Is this household not part of your work, and is it urgent?',
  searchHint: 'Not found, and is it urgent?',
  link: 'Emergency access',
  team: {
    title: 'Emergency access in your team',
    intro:
      'This lists when someone in your team opened a file with emergency access, and when someone outside your team did so with a household of your team. With the reason they gave.',
    empty:
      'No emergency access yet. Nobody in your team opened a file with emergency access, and nobody opened a file of your team that way.',
    overviewLink: 'Emergency access in the team',
  },
  security: {
    navLabel: 'Security',
    title: 'Security',
    intro:
      'Here you see who opened unusually many households and who opened a file with emergency access. This page shows no content of any file.',
    signalsTitle: 'Unusual reading',
    signalsIntro:
      'A signal appears when someone opens more different households within one hour than the limit in the settings. There may be a good reason. Ask about it, then mark the signal as seen.',
    signalsEmpty: 'No signals. Nobody opened unusually many households.',
    person: 'Who',
    role: 'Role',
    team: 'Team',
    detectedAt: 'When',
    what: 'What',
    status: 'Status',
    count: '{{households}} different households within one hour (limit: {{threshold}})',
    notReviewed: 'Not seen yet',
    reviewedBy: 'Seen by {{name}} on {{date}}',
    reviewedOn: 'Seen on {{date}}',
    review: 'Seen',
    reviewLabel: 'signal about {{name}}',
    reviewing: 'Saving…',
    emergencyTitle: 'Emergency access',
    emergencyIntro:
      'Every time someone opened a file without a role in that household, with the reason they gave. Newest first.',
    emergencyEmpty: 'No emergency access. Nobody opened a file with emergency access.',
  },
  retention: {
    navLabel: 'Retention',
    title: 'Retention',
    intro:
      'Every file has a retention period. Every day Naast checks which files are past their retention period. You confirm yourself that such a file is deleted.',
    lastRun: 'The check last ran on {{date}}.',
    neverRun: 'The check has not run yet.',
    run: 'Check now',
    running: 'Checking…',
    ran_one: 'Checked. {{count}} file is on the list.',
    ran: 'Checked. {{count}} files are on the list.',
    dueTitle: 'Past the retention period',
    dueEmpty: 'No files past their retention period. Nothing needs to be deleted now.',
    fileNumber: 'File number',
    team: 'Team',
    neighbourhood: 'Neighbourhood',
    kind: 'Kind of file',
    lastChanged: 'Last changed',
    retentionDate: 'Keep until',
    listedAt: 'On the list since',
    actions: 'Delete',
    kinds: {
      minor: 'With a minor (Youth Act)',
      other: 'Without a minor',
    },
    delete: 'Delete for good',
    confirmTitle: 'Delete file {{id}} for good',
    confirmWhat:
      'All data of this file is removed for good. Only one line in the audit log remains: that this file was deleted according to its retention period.',
    confirmUndo: 'This cannot be undone.',
    confirmLabel: 'Type the file number to confirm',
    confirmHint: 'The file number is {{id}}.',
    confirm: 'Yes, delete for good',
    deleting: 'Deleting…',
    cancel: 'Cancel',
    deleted: 'File {{id}} has been deleted.',
  },
  householdRetention: {
    title: 'Retention',
    line: 'This file is kept until {{date}} ({{years}} years after the last change on {{changed}}; {{kind}}).',
    kinds: {
      minor: 'file with a minor: Youth Act',
      other: "file without a minor: the municipality's period",
    },
    due: 'The retention period has passed. The administrator decides whether the file is deleted.',
  },
  household: {
    retentionTitle: 'How long do we keep your file?',
    retentionUntil: 'We keep your file until {{date}}. After that it is deleted.',
    retentionWhyMinor:
      'The law says how long we must keep your data. Because it is also about a child, that is {{years}} years after the last time something in your file changed.',
    retentionWhyOther:
      'The law says we must keep your data for some time. With us that is {{years}} years after the last time something in your file changed.',
    retentionMoves: 'Does something in your file still change? Then this date moves on.',
    logEmergency:
      'Emergency access: {{name}} ({{role}}) opened your file without a regular role in your family, because it was urgent.',
  },
}
