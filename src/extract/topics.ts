import { ids } from '../domain/ids';
import { addMention, mentionsIn, upsertEntity, type ArticleDoc } from './article-doc';
import { Gazetteer } from './gazetteer';
import { topicForms, type TopicEntry } from './lexicons';
import type { PipelineComponent } from './pipeline';

/** Topics from the lexicon: synonyms as phrases, plus patterns for open-ended phrasings. */
const { forms, patterns } = topicForms();
const gazetteer = new Gazetteer<TopicEntry>(forms, false);
/** Every synonym of each topic, so that a query for "military channels" finds the topic under any wording. */
const synonyms = new Map<string, string[]>();
for (const [form, entry] of forms) if (form !== entry.name) synonyms.set(entry.name, [...(synonyms.get(entry.name) ?? []), form]);

export const topicsComponent: PipelineComponent = {
  name: 'topics',
  requires: ['sentences'],
  assigns: ['mentions.Topic', 'entities.Topic'],
  run(doc) {
    for (const s of doc.sentences) {
      const found: Array<{ start: number; end: number; text: string; entry: TopicEntry; pattern?: boolean }> = [];
      for (const m of gazetteer.matches(s.text, s.start)) found.push({ ...m, entry: m.value });
      for (const [re, entry] of patterns) {
        re.lastIndex = 0;
        for (const m of s.text.matchAll(re)) {
          const start = s.start + m.index!;
          const end = start + m[0].length;
          if (!found.some((f) => f.start < end && start < f.end && f.entry === entry)) found.push({ start, end, text: m[0], entry, pattern: true });
        }
      }
      for (const f of found) {
        const id = ids.topic(f.entry.name);
        addMention(doc, {
          start: f.start,
          end: f.end,
          sentence: s.index,
          text: f.text,
          label: 'Topic',
          entityIds: [id],
          via: f.pattern ? 'pattern' : 'lexicon',
          possessive: false,
          qualifier: false,
        });
        // Aliases are the lexicon's synonyms; pattern matches are free phrasings, not names.
        const e = upsertEntity(doc, id, 'Topic', f.entry.name, s.index);
        for (const syn of synonyms.get(f.entry.name) ?? []) e.aliases.add(syn);
      }
    }
    markCountriesInsideTopics(doc);
  },
};

/** "South China Sea", "China threat theory": a country named inside a topic's name is not an actor there. */
function markCountriesInsideTopics(doc: ArticleDoc): void {
  for (const s of doc.sentences) {
    const here = mentionsIn(doc, s.index);
    const topics = here.filter((m) => m.label === 'Topic' && m.via === 'lexicon');
    if (!topics.length) continue;
    for (const c of here) if (c.label === 'Country' && topics.some((t) => t.start <= c.start && c.end < t.end)) c.qualifier = true;
  }
}
