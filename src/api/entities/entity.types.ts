import { Field, Int, ObjectType } from 'type-graphql';
import { Named } from '../common/named.interface';

@ObjectType('Country', { implements: Named, description: 'A country (ISO 3166 alpha-3 in the id); aliases hold demonyms, abbreviations and capitals used as metonyms.' })
export class CountryType extends Named {
  @Field(() => [String], { description: 'Other names seen in articles: "U.S.", "American", "Washington".' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code.' })
  iso3!: string | null;
}

@ObjectType('Organization', { implements: Named, description: 'A ministry, military, party, intergovernmental body or media outlet.' })
export class OrganizationType extends Named {
  @Field(() => [String], { description: 'Other names seen in articles.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'What kind of body: ministry, igo, media, military, …' })
  kind!: string | null;
}

@ObjectType('Topic', { implements: Named, description: 'Something discussed: "Taiwan", "military-to-military communications", "fentanyl".' })
export class TopicType extends Named {
  @Field(() => [String], { description: 'Synonyms seen in articles ("military channels").' })
  aliases!: string[];
}

@ObjectType('Policy', { implements: Named, description: 'A named policy such as the one-China policy, held by countries.' })
export class PolicyType extends Named {
  @Field(() => [String], { description: 'Other spellings seen in articles.' })
  aliases!: string[];
}

@ObjectType('Role', { description: 'A title a person holds or held, with the country or organization it belongs to.' })
export class RoleType {
  @Field({ description: 'The title, e.g. "Secretary of State".' })
  title!: string;

  @Field({ description: 'True when the article calls the person a former holder.' })
  former!: boolean;

  @Field(() => Int, { description: 'How many distinct articles state this role.' })
  articleCount!: number;

  organizationId!: string | null;
  countryId!: string | null;
  /** The HOLDS_ROLE relationship behind the role; null for a title stated without a country or organization. */
  relationshipId!: string | null;
}

@ObjectType('Person', { implements: Named, description: 'An official or other person.' })
export class PersonType extends Named {
  @Field(() => [String], { description: 'Other names seen in articles, such as the surname alone.' })
  aliases!: string[];
}

@ObjectType('Meeting', { implements: Named, description: 'A meeting: who met whom, when, where and about what.' })
export class MeetingType extends Named {
  @Field(() => String, { nullable: true, description: 'ISO-8601 date at the precision the text gives, or null.' })
  date!: string | null;
}

@ObjectType('Incident', { implements: Named, description: 'A happening others reacted to (a visit, a shoot-down, a severance).' })
export class IncidentType extends Named {
  @Field(() => String, { nullable: true, description: 'ISO-8601 date at the precision the text gives, or null.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence that describes the incident.' })
  summary!: string | null;
}
