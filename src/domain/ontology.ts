/**
 * The ontology shared by the extractor, the stores and the API.
 * Everything in the graph is either a node (an entity or a fact such as a
 * meeting) or a typed relationship; facts carry evidence pointing back to the
 * sentence that stated them.
 */

export const NODE_LABELS = [
  'Person',
  'Country',
  'Organization',
  'Topic',
  'Meeting',
  'Incident',
  'Policy',
  'Event',
  'Article',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** PLOVER/CAMEO-like action types. Extend at the end only: the API exposes them. */
export const EVENT_TYPES = [
  'MEET',
  'VISIT',
  'CALL',
  'DISCUSS',
  'REQUEST',
  'REJECT',
  'AGREE',
  'ACCUSE',
  'CRITICIZE',
  'WARN',
  'THREATEN',
  'SUSPEND',
  'RESTORE',
  'REAFFIRM',
  'SANCTION',
  'SUPPORT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const RELATIONSHIP_TYPES = [
  'HOLDS_ROLE', // Person -> Country | Organization {title, organizationId?}
  'MEMBER_OF', // Person -> Organization
  'PART_OF', // Organization -> Country
  'ATTENDED', // Person | Country | Organization -> Meeting
  'HELD_IN', // Meeting | Event -> Country
  'DISCUSSED', // Person -> Topic
  'ABOUT', // Meeting | Event | Incident -> Topic | Policy
  'ACTOR', // Event -> Person | Country | Organization
  'TARGET', // Event -> Person | Country | Organization
  'RESPONDS_TO', // Event -> Event
  'INVOLVED', // Incident -> Person | Country | Organization
  'LED_TO', // Incident -> Event | Incident
  'HOLDS_POLICY', // Country | Organization -> Policy
  'SAID', // Person -> Article {quote}
  'MENTIONED_IN', // any -> Article
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Property values are kept flat so that every store (including Neo4j) can hold them as-is. */
export type PropValue = string | number | boolean | null | string[];
export type Props = Record<string, PropValue>;

export interface GraphNode {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  props: Props;
}

export interface GraphRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Props;
}

/** Where a fact (node or relationship, by id) was stated. */
export interface Evidence {
  factId: string;
  articleId: string;
  sentence: string;
  /** Character offsets of the sentence in the article's cleaned text. */
  start: number;
  end: number;
  /** The component rule that produced the fact, e.g. `events:verb-lexicon`. */
  rule: string;
  confidence: number;
}

export interface Article {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  /** ISO-8601 at the precision known ("2023-06-19", "2023-06", "2023"), or null. */
  publishedAt: string | null;
  text: string;
  /** sha256 of the fields above: an unchanged article is not re-stored. */
  contentHash: string;
}

/** Everything one article contributes to the graph; stored atomically. */
export interface ArticleGraph {
  article: Article;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  evidence: Evidence[];
}
