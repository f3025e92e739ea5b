import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatScore, scoreFolder, type FolderScore } from '../../eval/gold';
import { scoreTopicDiscovery } from '../../eval/topic-discovery';
import { createPipeline } from '../../extract';

/**
 * `npm run eval`: extraction quality on the evaluation set, dev and holdout
 * reported separately (the holdout is scored, never read while tuning), plus
 * the seed articles; writes the figures as JSON too.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { dir: { type: 'string', default: 'tests/fixtures/eval' }, report: { type: 'string', default: 'eval-report.json' } } });
  const root = resolve(values.dir!);
  const pipeline = createPipeline();
  const report: Record<string, FolderScore> = {};
  for (const [name, dir, gold] of [
    ['dev', join(root, 'dev'), join(root, 'dev', 'gold.json')],
    ['holdout', join(root, 'holdout'), join(root, 'holdout', 'gold.json')],
    ['seed', resolve('seed'), resolve('tests/fixtures/seed-gold.json')],
  ] as const) {
    if (!existsSync(gold)) {
      console.error(`[kg] [eval] ${gold} not found; ${name} skipped`);
      continue;
    }
    report[name] = scoreFolder(dir, pipeline, gold);
    console.log(formatScore(name, report[name]!));
  }
  const discovery: Record<string, ReturnType<typeof scoreTopicDiscovery>> = {};
  for (const half of ['dev', 'holdout']) {
    const file = join(root, 'topic-discovery', `${half}.json`);
    if (!existsSync(file)) continue;
    const d = (discovery[half] = scoreTopicDiscovery(file, pipeline));
    console.log(
      `topic discovery, ${half}: ${d.sentences} sentences  P ${d.precision.toFixed(2)}  R ${d.recall.toFixed(2)}  F1 ${d.f1.toFixed(2)}  (tp ${d.tp}, fp ${d.fp}, fn ${d.fn})`,
    );
    if (half === 'dev') for (const w of d.wrong) console.log(`    wrong: ${w}`);
  }
  writeFileSync(values.report!, `${JSON.stringify({ ...report, topicDiscovery: discovery }, null, 2)}\n`);
  console.error(`[kg] [eval] wrote ${resolve(values.report!)}`);
  return Object.values(report).some((r) => r.missing.length) ? 1 : 0;
}
