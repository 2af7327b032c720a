import { existsSync, readFileSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

// The API writes its schema to ../api/schema.graphql. Until it has the quiz mutations, the
// provisional quiz contract is added so the player can be built against the agreed names.
const apiSchema = "../api/schema.graphql";
if (!existsSync(apiSchema)) {
  throw new Error(`${apiSchema} is missing: run \`npm run schema:print -w @quizwire/api\` first.`);
}
const hasQuiz = readFileSync(apiSchema, "utf8").includes("createQuiz");
const schema = hasQuiz ? [apiSchema] : [apiSchema, "./quiz-contract.graphql"];

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
