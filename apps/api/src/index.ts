export { type Context, createContext } from "./context.js";
export { type Env, readEnv } from "./env.js";
export { type Listening, listen } from "./listen.js";
export { createLogger } from "./logger.js";
export { printSchemaFile } from "./print-schema.js";
export { buildServer, type Server, type ServerConfig, type ServerDeps } from "./server.js";
