export default {
  displayName: 'contracts',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/contracts',
  // swagger-parser (used by the OpenAPI specs) loads the ESM-only json-schema-ref-parser.
  transformIgnorePatterns: ['/node_modules/(?!(typebox|@apidevtools/json-schema-ref-parser)/)'],
};
