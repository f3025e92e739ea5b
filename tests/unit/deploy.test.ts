import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/paths';

/** No Docker engine runs here, so the compose file and Dockerfile are checked for what users rely on. */
describe('deployment files', () => {
  it('docker-compose.yml runs Neo4j 5.26 Community and the API wired to it, both with health checks', () => {
    const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
    const { neo4j, api } = compose.services;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD/);
    expect(Object.keys(compose.volumes)).toContain(neo4j.volumes[0].split(':')[0]);
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell/);
    expect(api.build).toBe('.');
    expect(api.environment).toMatchObject({ STORE: 'neo4j', NEO4J_URI: 'bolt://neo4j:7687' });
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.healthcheck.test.join(' ')).toMatch(/\/healthz/);
  });

  it('the Dockerfile builds in stages and runs as a non-root user', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*healthz/m);
    expect(dockerfile).toMatch(/^COPY schema \.\/schema$/m);
  });
});
