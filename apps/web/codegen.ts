import { existsSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

// The API writes its schema to ../api/schema.graphql (committed); the web app is typed against it.
const schema = "../api/schema.graphql";
if (!existsSync(schema)) {
  throw new Error(`${schema} is missing: run \`npm run schema:print -w @quizwire/api\` first.`);
}

const config: CodegenConfig = {
  schema,
  documents: ["src/**/*.ts", "src/**/*.tsx", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      config: { documentMode: "string", enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
