import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Evidence } from '../../domain/ontology';
import { EvidenceArgs, limitEvidence } from '../common/evidence-args';
import { EvidenceType } from '../common/evidence.type';
import { neighbours, type ApiContext, type NodeView } from '../context';
import { CountryType, OrganizationType, PersonType, RoleType } from './entity.types';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @FieldResolver(() => CountryType, { nullable: true, description: 'The country the organization belongs to.' })
  async country(@Root() org: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView | null> {
    return (await neighbours(ctx, org.id, 'PART_OF', 'out'))[0] ?? null;
  }

  @FieldResolver(() => [PersonType], { description: 'People holding a role in it.' })
  async people(@Root() org: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, org.id, 'HOLDS_ROLE', 'in');
  }
}

@Resolver(() => RoleType)
export class RoleResolver {
  @FieldResolver(() => OrganizationType, { nullable: true, description: 'Organization of the role, when stated.' })
  async organization(@Root() role: RoleType, @Ctx() ctx: ApiContext): Promise<NodeView | null> {
    return role.organizationId ? ctx.loaders.node.load(role.organizationId) : null;
  }

  @FieldResolver(() => [EvidenceType], { description: 'Sentences that state the role.' })
  async evidence(@Root() role: RoleType, @Args() { first }: EvidenceArgs, @Ctx() ctx: ApiContext): Promise<Evidence[]> {
    return role.relationshipId ? limitEvidence(await ctx.loaders.evidence.load(role.relationshipId), first) : [];
  }

  @FieldResolver(() => CountryType, { nullable: true, description: 'Country of the role, when stated or implied by the title.' })
  async country(@Root() role: RoleType, @Ctx() ctx: ApiContext): Promise<NodeView | null> {
    return role.countryId ? ctx.loaders.node.load(role.countryId) : null;
  }
}
