import { sameIds, type ArticleDoc } from './article-doc';
import { ANOTHER_OCCASION } from './meetings';
import type { PipelineComponent } from './pipeline';

/**
 * An article tells its meeting with a date and then again without one: "Kishida met Sunak in Hiroshima on
 * Thursday … The two leaders also discussed Ukraine". Left undated, the retelling becomes a second meeting of the
 * same people beside the first, and an analyst sees one meeting twice. An undated meeting of exactly the people of
 * dated ones, all of one day, is that day's: it then shares their graph node and adds its sentence and topics to
 * it. People who met on several days stay apart, and so does a meeting the text places somewhere else.
 *
 * Events are left as they are: a second agreement of the same leaders, undated, is as often a second fact of the
 * article's gold as the first one told again.
 */
export const retellingsComponent: PipelineComponent = {
  name: 'retellings',
  requires: ['meetings'],
  assigns: ['meetings.retold'],
  run(doc) {
    const told = (m: ArticleDoc['meetings'][number]) => doc.events[m.event]?.type === 'MEET';
    for (const m of doc.meetings) {
      // "met in Abu Dhabi on Thursday …, as they try to finalise the deal reached in March": one sentence telling the
      // same people's meeting twice tells one meeting, on the day its meeting verb has.
      const same = doc.meetings.find((o) => o !== m && o.sentence === m.sentence && told(o) && !told(m) && o.date && sameIds(o.participantIds, m.participantIds));
      if (same) m.date = same.date;
    }
    for (const m of doc.meetings) {
      if (m.date || ANOTHER_OCCASION.test(doc.sentences[m.sentence]!.text)) continue;
      // Only a meeting verb places a retelling: "also discussed the hostages held in Gaza" was not held there.
      const placed = told(m) ? m.locationId : null;
      let dated = doc.meetings.filter((o) => o.date && sameIds(o.participantIds, m.participantIds) && (!o.locationId || !placed || o.locationId === placed));
      // "… agreed in Ohrid, Borrell said after hosting the talks. … Borrell said the two sides had committed …": an
      // agreement told later by some of the people of the one dated meeting is that meeting too.
      if (!dated.length && !told(m)) {
        const wider = doc.meetings.filter((o) => o.date && o.sentence < m.sentence && m.sentence - o.sentence <= 4 && m.participantIds.every((id) => o.participantIds.includes(id)));
        if (wider.length === 1) {
          dated = wider;
          m.participantIds = [...wider[0]!.participantIds];
        }
      }
      if (new Set(dated.map((o) => o.date)).size !== 1) continue;
      // The retelling joins the dated meeting's node, so it must not add a second place to it.
      m.date = dated[0]!.date;
      m.locationId = dated.find((o) => o.locationId)?.locationId ?? m.locationId;
    }
    // "… met at the White House on Thursday. The two leaders also discussed the hostages held in Gaza": a retelling
    // dated by its sentence joins the meeting too, and takes its place from the meeting verb, not from its topics.
    for (const m of doc.meetings) {
      if (told(m) || !m.date) continue;
      const placed = doc.meetings.find((o) => told(o) && o.date === m.date && o.locationId && sameIds(o.participantIds, m.participantIds));
      if (placed) m.locationId = placed.locationId;
    }
  },
};
