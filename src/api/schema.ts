import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { evidenceResolverFor, EvidenceResolver } from './common/evidence.resolver';
import { Named } from './common/named.interface';
import { ArticleType } from './entities/article.type';
import { OrganizationResolver, RoleResolver } from './entities/entity.resolver';
import { CountryType, IncidentType, MeetingType, OrganizationType, PersonType, PolicyType, TopicType } from './entities/entity.types';
import { EventResolver } from './events/event.resolver';
import { EventNodeType } from './events/event.type';
import { IncidentResolver } from './incidents/incident.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { MeetingResolver } from './meetings/meeting.resolver';
import { PersonResolver } from './people/person.resolver';
import { PolicyResolver } from './policies/policy.resolver';
import { SearchResolver } from './search/search.resolver';
import { ArticleResolver } from './articles/article.resolver';
import { DirectoryResolver } from './directory/directory.resolver';
import { MetaResolver } from './meta/meta.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';

let cached: GraphQLSchema | null = null;

/** The API schema, built once per process from the type-graphql classes. */
export async function createSchema(): Promise<GraphQLSchema> {
  if (cached) return cached;
  cached = await buildSchema({
    resolvers: [
      PersonResolver,
      MeetingResolver,
      EventResolver,
      IncidentResolver,
      PolicyResolver,
      SearchResolver,
      IngestResolver,
      ArticleResolver,
      DirectoryResolver,
      TimelineResolver,
      MetaResolver,
      OrganizationResolver,
      RoleResolver,
      EvidenceResolver,
      // Policies resolve their own evidence; every other named type gets the shared one.
      ...[PersonType, CountryType, OrganizationType, TopicType, MeetingType, IncidentType, EventNodeType, ArticleType].map(evidenceResolverFor),
    ],
    orphanedTypes: [Named, ArticleType, CountryType, OrganizationType, TopicType, PolicyType, PersonType, MeetingType, IncidentType, EventNodeType],
    validate: false,
    emitSchemaFile: false,
  });
  // type-graphql leaves the root types undescribed; Sandbox shows these first.
  cached.getQueryType()!.description = 'Questions about the diplomatic-events graph. Names match canonical names and aliases, case- and accent-insensitively.';
  cached.getMutationType()!.description = 'Changes to the graph; each needs the x-api-key header matching the server\'s API_KEY.';
  return cached;
}
