/**
 * Two projects: `main` runs in parallel; `neo4j` runs one file at a time
 * (`--runInBand`), since Neo4j Community has a single database the files clear.
 * ts-jest transpiles only; `npm test` type-checks once before.
 */
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'main', roots: ['<rootDir>/tests'], testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/tests/neo4j/'] },
    { ...common, displayName: 'neo4j', roots: ['<rootDir>/tests/neo4j'], testMatch: ['**/*.test.ts'] },
  ],
};
