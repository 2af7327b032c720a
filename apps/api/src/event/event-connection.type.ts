import { connectionOf } from "../pagination/connection.type.js";
import { Event } from "./event.type.js";

export const EventConnection = connectionOf("Event", Event);
