import type { PipelineComponent } from './pipeline';

/**
 * What a meeting was about, beyond the sentence that tells it: the subjects its participants took up in the
 * sentences that follow, up to the next meeting the article tells ("Blinken met Wang in Beijing on Monday. … Blinken
 * raised Taiwan. Wang said …"). Runs after the discussions so that it reads them without feeding back into them:
 * a subject one participant raised is the meeting's, not the other participant's words.
 */
export const meetingTopicsComponent: PipelineComponent = {
  name: 'meeting-topics',
  requires: ['meetings', 'discussions'],
  assigns: ['meetings.topics'],
  run(doc) {
    const starts = [...new Set(doc.meetings.map((m) => m.sentence))].sort((a, b) => a - b);
    for (const m of doc.meetings) {
      const end = starts.find((s) => s > m.sentence) ?? doc.sentences.length;
      const participants = new Set(m.participantIds);
      for (const d of doc.discussions) {
        if (d.sentence < m.sentence || d.sentence >= end || !participants.has(d.personId) || m.topicIds.includes(d.topicId)) continue;
        m.topicIds.push(d.topicId);
        (m.topicSentences ??= {})[d.topicId] = d.sentence;
      }
    }
  },
};
