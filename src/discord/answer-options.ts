import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { MAX_CHOICE_LENGTH, MAX_CHOICES } from './limits.js';
import type { AnswerDisplay } from './reply.js';
import { cutAtWord } from './text.js';

/** Adds the options every answer command shares: `hide` (only you see it) and `target` (point it at a member). */
export function withAnswerOptions<Builder extends Pick<SlashCommandBuilder, 'addBooleanOption' | 'addUserOption'>>(
  builder: Builder,
): Builder {
  builder
    .addBooleanOption((option) => option.setName('hide').setDescription('Only you see the answer'))
    .addUserOption((option) => option.setName('target').setDescription('Point the answer at this member (the only mention sent)'));
  return builder;
}

/** Reads the `hide` and `target` options. */
export function readAnswerDisplay(interaction: ChatInputCommandInteraction): AnswerDisplay {
  return {
    hide: interaction.options.getBoolean('hide') ?? false,
    targetUserId: interaction.options.getUser('target')?.id,
  };
}

/**
 * Answers autocomplete with suggestions from the index: duplicates dropped, at most 25 choices, names
 * and values within 100 characters. Free text that matches no choice still reaches the command.
 */
export async function respondWithSuggestions(interaction: AutocompleteInteraction, suggestions: string[]): Promise<void> {
  const unique = [...new Set(suggestions.map((suggestion) => suggestion.trim()).filter(Boolean))];
  await interaction.respond(
    unique.slice(0, MAX_CHOICES).map((suggestion) => {
      const short = cutAtWord(suggestion, MAX_CHOICE_LENGTH);
      return { name: short, value: short };
    }),
  );
}
