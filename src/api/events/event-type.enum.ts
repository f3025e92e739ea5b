import { registerEnumType } from 'type-graphql';
import { EVENT_TYPES, type EventType } from '../../domain/ontology';

/** The ontology's event types as a GraphQL enum (values equal names). */
export const EventTypeEnum = Object.fromEntries(EVENT_TYPES.map((t) => [t, t])) as { [K in EventType]: K };

registerEnumType(EventTypeEnum, {
  name: 'EventType',
  description: 'Typed diplomatic actions, PLOVER/CAMEO-like.',
});
