import { type Logger, pino } from "pino";

/** A JSON logger at the given level (pino). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "quizwire-api" } });
}
