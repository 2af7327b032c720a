// The schema in one object, for drizzle-kit and `drizzle({ schema })`.
export { apiKeys } from "./api-keys.js";
export { articles } from "./articles.js";
export { articleEntities, entities, entityRoles, mentions } from "./entities.js";
export { eventParticipants, events } from "./events.js";
export { attempts, quizzes } from "./quizzes.js";
export { quotes } from "./quotes.js";
export { relations } from "./relations.js";
