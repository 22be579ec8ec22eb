import type { Command } from '../src/discord/command.js';
import * as ask from './ask.js';
import * as help from './help.js';
import * as outcome from './outcome.js';
import * as quote from './quote.js';
import * as reload from './reload.js';
import * as sources from './sources.js';
import * as who from './who.js';

/** Every slash command, in the order `/help` lists them; the router and the deploy script both read this. */
export const commands: readonly Command[] = [who, quote, outcome, ask, sources, help, reload];
