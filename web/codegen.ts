import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every `graphql(...)` document in src/, generated from the API's checked-in schema. */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings on the wire: the browser bundle needs no graphql-js to print documents.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
