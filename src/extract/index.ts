import { attributionComponent } from './attribution';
import { countriesComponent } from './countries';
import { datesComponent } from './dates';
import { discussionsComponent } from './discussions';
import { eventsComponent } from './events';
import { incidentsComponent } from './incidents';
import { meetingTopicsComponent } from './meeting-topics';
import { meetingsComponent } from './meetings';
import { nationalBodiesComponent } from './national-bodies';
import { organizationsComponent } from './organizations';
import { personsComponent } from './persons';
import { Pipeline } from './pipeline';
import { policiesComponent } from './policies';
import { policyHoldersComponent } from './policy-holders';
import { quotesComponent } from './quotes';
import { resolutionComponent } from './resolution';
import { retellingsComponent } from './retellings';
import { sentencesComponent } from './sentences';
import { topicsComponent } from './topics';

/** The default pipeline; order matters and is checked by Pipeline at construction. */
export const DEFAULT_COMPONENTS = [
  sentencesComponent,
  datesComponent,
  quotesComponent,
  countriesComponent,
  organizationsComponent,
  topicsComponent,
  policiesComponent,
  personsComponent,
  resolutionComponent,
  nationalBodiesComponent,
  attributionComponent,
  eventsComponent,
  meetingsComponent,
  retellingsComponent,
  incidentsComponent,
  policyHoldersComponent,
  discussionsComponent,
  meetingTopicsComponent,
];

export function createPipeline(): Pipeline {
  return new Pipeline(DEFAULT_COMPONENTS);
}

export { Pipeline } from './pipeline';
export type { PipelineComponent } from './pipeline';
