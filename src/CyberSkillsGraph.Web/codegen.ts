import type { CodegenConfig } from '@graphql-codegen/cli';

// Types every GraphQL operation of the UI from the checked-in schema (schema/schema.graphql).
// `npm run codegen` writes src/gql/ (committed); `npm run codegen:check` fails when src/gql/ is stale.
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { Long: 'number', DateTimeOffset: 'string' },
      },
    },
  },
};

export default config;
