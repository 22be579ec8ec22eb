import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { answer } from '../src/answer.js';
import { readAnswerDisplay, withAnswerOptions } from '../src/discord/answer-options.js';
import { UserError, type CommandContext, type CommandOutcome } from '../src/discord/command.js';
import { answerMessage, send } from '../src/discord/reply.js';

/** `/ask question`: a free question, answered from the articles or honestly not at all. */
export const data = withAnswerOptions(
  new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the articles')
    .addStringOption((option) =>
      option.setName('question').setDescription('Your question, e.g. "Did they agree on a ceasefire?"').setRequired(true).setMaxLength(300),
    ),
);

/** Answers from the index and replies with the cited snippets. */
export async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<CommandOutcome> {
  const question = interaction.options.getString('question', true).trim();
  if (question === '') throw new UserError('Please type a question, e.g. /ask Did they agree on a ceasefire?');
  const result = answer(context.live.knowledge, 'ask', question);
  await send(interaction, answerMessage(result, context.pages, readAnswerDisplay(interaction)));
  return { found: result.found };
}
