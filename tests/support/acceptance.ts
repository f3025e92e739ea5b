import type { Gql } from './graphql-client';

/**
 * The answers the graph must give after ingesting the shared seed article
 * (the acceptance of the end-to-end issue), asked with the contract's own
 * operations. Used after `npm run seed` and after the ingestArticle mutation.
 */
export async function expectSeedArticleAnswers(gql: Gql, ops: Map<string, string>): Promise<void> {
  const run = async (name: string, variables: Record<string, unknown>) => {
    const res = await gql(ops.get(name)!, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const seedTitle = /Chinese President denies Biden administration/;

  const officials = (await run('OfficialsWhoDiscussed', { topics: ['Taiwan', 'military channels'] })).officials;
  const byName = new Map<string, any>(officials.edges.map((e: any) => [e.node.name, e]));
  for (const name of ['Antony Blinken', 'Wang Yi']) {
    const edge = byName.get(name);
    expect(edge).toBeDefined();
    expect(edge.evidence.some((ev: any) => seedTitle.test(ev.article.title) && ev.sentence.length > 20)).toBe(true);
  }
  expect(officials.totalCount).toBe(officials.nodes.length);

  const person = (await run('PersonByName', { name: 'Blinken' })).person;
  expect(person.name).toBe('Antony Blinken');
  expect(person.country.name).toBe('United States');
  expect(person.roles.map((r: any) => r.title)).toContain('Secretary of State');
  expect((await run('PersonByName', { name: 'antony blinken' })).person.id).toBe(person.id);

  const rejections = (await run('Events', { type: 'REJECT', actor: 'China' })).events.nodes;
  const chinaRejectsUs = rejections.find(
    (e: any) =>
      e.actors.some((a: any) => a.name === 'China') &&
      e.targets.some((t: any) => t.name === 'United States') &&
      e.topics.some((t: any) => t.name === 'military-to-military communications'),
  );
  expect(chinaRejectsUs).toBeDefined();
  expect(chinaRejectsUs.evidence[0].sentence).toMatch(/restor/);

  const policies = (await run('Policies', { holder: 'United States' })).policies.nodes;
  expect(policies.map((p: any) => p.name)).toContain('one-China policy');
  expect((await run('Policies', { holder: 'the U.S.' })).policies.nodes.map((p: any) => p.name)).toContain('one-China policy');

  const incidents = (await run('Incidents', { involving: 'Nancy Pelosi' })).incidents.nodes;
  const pelosiVisit = incidents.find((i: any) => i.involved.some((x: any) => x.name === 'Taiwan'));
  expect(pelosiVisit).toBeDefined();
  expect(pelosiVisit.consequences).toEqual(expect.arrayContaining([expect.objectContaining({ __typename: 'Event', name: expect.stringMatching(/^China suspended/) })]));

  for (const chrome of ['Adam', 'Adblock', 'Sponsored Content', 'Related Articles', 'Back to top', 'News Journalist']) {
    const found = (await run('Search', { text: chrome })).search.nodes;
    expect(found.filter((n: any) => n.__typename !== 'Article')).toEqual([]);
  }
  expect((await run('PersonByName', { name: 'Adam' })).person).toBeNull();

  const meetings = (await run('MeetingsOf', { participant: 'Blinken' })).meetings.nodes;
  expect(meetings.some((m: any) => m.participants.some((p: any) => p.name === 'Xi Jinping'))).toBe(true);

  const path = (await run('Path', { from: 'Nancy Pelosi', to: 'Antony Blinken' })).path;
  expect(path.nodes[0].name).toBe('Nancy Pelosi');
  expect(path.nodes[path.nodes.length - 1].name).toBe('Antony Blinken');
  expect(path.relationships).toHaveLength(path.length);
}
