import { connectionOf } from "../pagination/connection.type.js";
import { Entity } from "./entity.type.js";

export const EntityConnection = connectionOf("Entity", Entity);
