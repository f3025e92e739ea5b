import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/paths';

/** No Docker engine runs here, so the compose file and Dockerfile are checked for what users rely on. */
describe('deployment files', () => {
  it('docker-compose.yml runs the API with a health check and a named volume', () => {
    const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.healthcheck.test.join(' ')).toMatch(/\/healthz/);
    expect(Object.keys(compose.volumes)).toContain(api.volumes[0].split(':')[0]);
  });

  it('the Dockerfile builds in stages and runs as a non-root user', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*healthz/m);
  });
});
