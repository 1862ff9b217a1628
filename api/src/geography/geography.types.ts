import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../graphql/pagination';
import { Community } from './community.entity';

@ArgsType()
export class CommunitiesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  streetId?: string | null;
}

export const CommunityConnection = ConnectionType(Community, 'Community');
