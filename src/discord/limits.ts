/** Discord's size limits, in characters unless said otherwise (https://discord.com/developers/docs). */

/** Plain message content. */
export const MAX_CONTENT = 2000;
/** Embed title. */
export const MAX_EMBED_TITLE = 256;
/** Embed description. */
export const MAX_EMBED_DESCRIPTION = 4096;
/** Fields in one embed. */
export const MAX_EMBED_FIELDS = 25;
/** An embed field's name. */
export const MAX_FIELD_NAME = 256;
/** An embed field's value. */
export const MAX_FIELD_VALUE = 1024;
/** An embed footer's text. */
export const MAX_FOOTER_TEXT = 2048;
/** Title, description, field names and values, footer and author name of all embeds of one message. */
export const MAX_EMBED_TOTAL = 6000;
/** Embeds in one message. */
export const MAX_EMBEDS_PER_MESSAGE = 10;
/** Choices in one autocomplete response. */
export const MAX_CHOICES = 25;
/** A choice's name and value. */
export const MAX_CHOICE_LENGTH = 100;
/** A button's custom id. */
export const MAX_CUSTOM_ID = 100;
/** A button's label. */
export const MAX_BUTTON_LABEL = 80;
/** Discord's flag for a reply only the invoking member sees. */
export const EPHEMERAL_FLAG = 64;
