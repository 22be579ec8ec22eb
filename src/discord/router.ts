import { MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type Interaction, type Message } from 'discord.js';
import { UserError, type Command, type CommandContext, type CommandOutcome } from './command.js';
import type { Cooldown } from './cooldown.js';
import { answerMention, isQuestionForBot } from './mention.js';
import { NO_MENTIONS, pageMessage, parsePageButton, send } from './reply.js';

/** Shown for an unexpected error; the details go to the log, never to the channel. */
export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';
/** An interaction older than this when its turn comes is deferred before it is answered. */
export const LATE_AFTER_MS = 1_500;
/** Shown while the bot shuts down and finishes the replies it has started. */
export const SHUTTING_DOWN = 'Parley is restarting; please ask again in a minute.';

/** What the router needs: the commands it dispatches to, their context, and the cooldown. */
export interface RouterOptions {
  commands: readonly Command[];
  context: CommandContext;
  cooldown: Cooldown;
}

/**
 * The one place interactions and mentions enter: finds the command, applies the cooldown, runs it, writes
 * one log line, and on failure replies once (or follows up when it already deferred or replied). It also
 * tracks the work in flight so a shutdown can stop taking commands and wait for the replies it started.
 */
export class Router {
  readonly #byName: Map<string, Command>;
  readonly #inFlight = new Set<Promise<void>>();
  #accepting = true;

  constructor(private readonly options: RouterOptions) {
    this.#byName = new Map(options.commands.map((command) => [command.data.name, command]));
  }

  /** The `interactionCreate` listener. */
  readonly onInteraction = (interaction: Interaction): void => {
    this.#track(this.#handleInteraction(interaction));
  };

  /** The `messageCreate` listener: answers `@Parley question` like `/ask`. */
  readonly onMessage = (message: Message): void => {
    if (!isQuestionForBot(message)) return;
    this.#track(
      this.#run('mention', message.author.id, message.guildId, () => answerMention(message, this.options.context), async (text) => {
        await message.reply({ content: text, allowedMentions: NO_MENTIONS });
      }),
    );
  };

  /** Stops taking new commands and resolves once every reply in flight is sent. */
  async stop(): Promise<void> {
    this.#accepting = false;
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  #track(task: Promise<void>): void {
    this.#inFlight.add(task);
    void task.finally(() => this.#inFlight.delete(task));
  }

  async #handleInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.#autocomplete(interaction);
    if (!interaction.isRepliable()) return;
    const name = interaction.isChatInputCommand()
      ? interaction.commandName
      : interaction.isButton()
        ? 'page'
        : `interaction:${interaction.type}`;
    const reply = (text: string): Promise<void> => send(interaction, { content: text, ephemeral: true });
    await this.#run(name, interaction.user.id, interaction.guildId, async () => {
      if (interaction.isButton()) return this.#page(interaction);
      if (!interaction.isChatInputCommand()) return;
      const command = this.#byName.get(interaction.commandName);
      if (command === undefined) throw new UserError(`I do not know /${interaction.commandName}. Try /help.`);
      // Discord drops a reply that comes more than 3 s after the interaction: one that already
      // waited in a busy queue is acknowledged first, and its answer edited in.
      if (Date.now() - interaction.createdTimestamp > LATE_AFTER_MS && !interaction.deferred)
        await interaction.deferReply({ flags: interaction.options.getBoolean('hide') ? MessageFlags.Ephemeral : undefined });
      return command.execute(interaction, this.options.context);
    }, reply);
  }

  async #run(
    command: string,
    user: string,
    guild: string | null,
    work: () => Promise<CommandOutcome | void>,
    reply: (text: string) => Promise<void>,
  ): Promise<void> {
    const { logger } = this.options.context;
    const started = performance.now();
    const ms = (): number => Math.round(performance.now() - started);
    try {
      if (!this.#accepting) throw new UserError(SHUTTING_DOWN);
      if (command !== 'page') {
        const wait = this.options.cooldown.take(user);
        if (wait > 0) throw new UserError(`Easy — you can ask again in ${wait} s.`);
      }
      const outcome = await work();
      logger.info({ command, guild, user, ms: ms(), found: outcome?.found }, 'answered');
    } catch (error) {
      if (error instanceof UserError) {
        logger.info({ command, guild, user, ms: ms(), found: false, reason: error.message }, 'refused');
        await reply(error.message).catch((replyError: unknown) => logger.error({ err: replyError, command }, 'could not reply'));
        return;
      }
      logger.error({ err: error, command, guild, user, ms: ms() }, 'command failed');
      await reply(APOLOGY).catch((replyError: unknown) => logger.error({ err: replyError, command }, 'could not apologise'));
    }
  }

  async #page(interaction: ButtonInteraction): Promise<void> {
    const button = parsePageButton(interaction.customId);
    if (button === undefined) return;
    const pages = this.options.context.pages.get(button.key);
    if (pages === undefined) throw new UserError('This answer has expired; please ask again.');
    await interaction.update({ ...pageMessage(pages, button.index, button.key), allowedMentions: NO_MENTIONS });
  }

  async #autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = this.#byName.get(interaction.commandName);
    try {
      if (!this.#accepting || command?.autocomplete === undefined) {
        await interaction.respond([]);
        return;
      }
      await command.autocomplete(interaction, this.options.context);
    } catch (error) {
      // Discord gives autocomplete three seconds and no way to show an error: log it and offer nothing.
      this.options.context.logger.error({ err: error, command: interaction.commandName }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }
}
