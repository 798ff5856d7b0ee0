// Unit tests of the workspace tooling (local stack, API client, webhook CLI, e2e helpers).
// The tooling is deliberately not made of Nx projects: the project graph holds the six parts of
// the product, and `npm test` runs these checks directly.
module.exports = {
  projects: [
    '<rootDir>/tools/local-stack/jest.config.ts',
    '<rootDir>/tools/api-client/jest.config.ts',
    '<rootDir>/tools/webhook-cli/jest.config.ts',
    '<rootDir>/e2e/jest.unit.config.ts',
  ],
};
