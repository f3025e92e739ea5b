import type { EventType } from '../domain/ontology';

/** How an event of each type reads in a generated summary: "China rejected United States". */
export const EVENT_PAST_TENSE: Record<EventType, string> = {
  MEET: 'met',
  VISIT: 'visited',
  CALL: 'called',
  DISCUSS: 'held discussions with',
  REQUEST: 'made a request to',
  REJECT: 'rejected',
  AGREE: 'agreed with',
  ACCUSE: 'accused',
  CRITICIZE: 'criticized',
  WARN: 'warned',
  THREATEN: 'threatened',
  SUSPEND: 'suspended',
  RESTORE: 'restored',
  REAFFIRM: 'reaffirmed',
  SANCTION: 'sanctioned',
  SUPPORT: 'supported',
};

/** The same without anyone on the receiving end: "Hamas and Israel agreed", not "agreed with". */
const WITHOUT_TARGET: Partial<Record<EventType, string>> = {
  DISCUSS: 'held discussions',
  REQUEST: 'made a request',
  AGREE: 'agreed',
};

export function eventVerbPhrase(type: EventType, hasTargets: boolean): string {
  return hasTargets ? EVENT_PAST_TENSE[type] : (WITHOUT_TARGET[type] ?? EVENT_PAST_TENSE[type]);
}

/** "A", "A and B", "A, B and C": names as a sentence lists them. */
export function listNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
