import type { Message } from 'discord.js';
import { answer } from '../answer.js';
import { UserError, type CommandContext, type CommandOutcome } from './command.js';
import { answerMessage } from './reply.js';

/** Sent when a mention arrives without its text: Discord withholds content without the intent. */
export const INTENT_HINT = 'I cannot read the text of that message here. Please use /ask instead.';
/** Sent for a bare mention. */
export const EMPTY_MENTION_HINT = 'Ask me something after the mention, e.g. "@Parley what did they agree on?", or use /ask.';

/** Whether a message is addressed to the bot: a member (not a bot) mentions the bot user itself. */
export function isQuestionForBot(message: Message): boolean {
  const botId = message.client.user?.id;
  return !message.author.bot && botId !== undefined && message.mentions.users.has(botId);
}

/** The question in a message once the bot's own mention (`<@id>` or `<@!id>`) is taken out. */
export function questionFromMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** Answers `@Parley question` in the channel exactly like `/ask question`, mentioning no one. */
export async function answerMention(message: Message, context: CommandContext): Promise<CommandOutcome> {
  if (message.content === '') throw new UserError(INTENT_HINT);
  const question = questionFromMention(message.content, message.client.user.id);
  if (question === '') throw new UserError(EMPTY_MENTION_HINT);
  const result = answer(context.live.knowledge, 'ask', question);
  const { ephemeral: _ephemeral, ...reply } = answerMessage(result, context.pages);
  await message.reply(reply);
  return { found: result.found };
}
