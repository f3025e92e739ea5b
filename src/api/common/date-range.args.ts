import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from './date.scalar';
import { PageArgs } from './page';

/** A page of dated things, filtered by an inclusive date range (partial dates such as "2022-08" count when they overlap). */
@ArgsType()
export class DateRangePageArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Only items dated on or after this date (inclusive); undated items are left out when set.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only items dated on or before this date (inclusive); undated items are left out when set.' })
  to?: string | null;
}
