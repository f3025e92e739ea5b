import { mentionsIn } from './article-doc';
import type { PipelineComponent } from './pipeline';

/**
 * Meetings from MEET events: who took part (people when named, else the
 * countries or bodies), about what, where ("in Beijing", "in Kyiv") and when.
 */
const LOCATION = /\b(?:in|at)\s+$/;

export const meetingsComponent: PipelineComponent = {
  name: 'meetings',
  requires: ['events'],
  assigns: ['meetings'],
  run(doc) {
    doc.events.forEach((ev, index) => {
      if (ev.type !== 'MEET') return;
      const all = [...ev.actorIds, ...ev.targetIds];
      const persons = all.filter((id) => doc.entities.get(id)?.label === 'Person');
      // A side named only by its country ("Chinese officials") still attended when no person stands for it.
      const sidesWithoutPerson = all.filter((id) => doc.entities.get(id)?.label !== 'Person' && !persons.some((p) => doc.entities.get(p)?.roles.some((r) => r.countryId === id)));
      const participantIds = [...new Set([...persons, ...sidesWithoutPerson])];
      if (participantIds.length < 2) return;
      const s = doc.sentences[ev.sentence]!;
      const location = mentionsIn(doc, s.index).find(
        (m) => m.label === 'Country' && LOCATION.test(doc.text.slice(Math.max(s.start, m.start - 4), m.start)),
      );
      doc.meetings.push({
        participantIds,
        topicIds: ev.topicIds,
        locationId: location?.entityIds[0] ?? null,
        date: ev.date,
        sentence: ev.sentence,
        event: index,
      });
    });
  },
};
