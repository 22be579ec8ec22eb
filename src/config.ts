/**
 * The bot's configuration, read once from the environment and validated at start-up.
 *
 * Every key is documented in `.env.example`. A missing or malformed key is reported together with every
 * other problem in one error, so an operator fixes the whole `.env` in one go.
 */

/** The validated configuration the rest of the program receives. */
export interface Config {
  /** Bot token; when absent the offline console runs instead of the Discord client. */
  discordToken?: string;
  /** The application (client) id, needed to answer interactions and register commands. */
  discordClientId?: string;
  /** A development guild: `deploy-commands` registers there (instantly) instead of globally. */
  discordGuildId?: string;
  /** A role that may run `/reload` in addition to members with Manage Server. */
  moderatorRoleId?: string;
  /** Folder of articles the index is built from. */
  corpusDir: string;
  /** Folder for the saved index (reused at start-up while the articles are unchanged), or false for none. */
  indexCacheDir: string | false;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Seconds a member waits between two commands. */
  cooldownSeconds: number;
  /** REST base URL override (for example a local test server); the gateway URL then comes from it. */
  discordApiUrl?: string;
  /** Whether to request the privileged Message Content intent (for `@Parley question`). */
  messageContentIntent: boolean;
  /** Number of shards for `start:sharded`, or `auto` to ask Discord. */
  shardCount: number | 'auto';
  /** Milliseconds between two shard spawns, so identifies respect Discord's rate limit. */
  shardSpawnDelayMs: number;
}

/** Defaults for every optional key. */
export const defaultConfig = {
  /** Articles live in `corpus/` next to the code. */
  corpusDir: 'corpus',
  /** `.parley-cache` in the working folder: a restart skips rebuilding an unchanged corpus. */
  indexCacheDir: '.parley-cache',
  /** `info` logs one line per command. */
  logLevel: 'info',
  /** Three seconds is enough to stop one member flooding a channel. */
  cooldownSeconds: 3,
  /** On, as the mention handler needs it; turn off if the intent is not enabled in the portal. */
  messageContentIntent: true,
  /** Ask Discord for its recommended shard count. */
  shardCount: 'auto',
  /** Discord allows one identify per 5 seconds per bucket; 5.5 s leaves a margin. */
  shardSpawnDelayMs: 5500,
} as const satisfies Partial<Config>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const SNOWFLAKE = /^\d{17,20}$/;
/** Longest malformed value an error repeats; a token is three times longer. */
const MAX_SHOWN_VALUE = 24;

/**
 * How a malformed value is named in an error: a short one as typed, a long one by its length only,
 * since a token pasted under the wrong key must not reach a terminal or a log.
 */
function shown(value: string): string {
  return value.length <= MAX_SHOWN_VALUE ? `"${value}"` : `a value of ${value.length} characters`;
}

/**
 * Reads and validates the configuration from an environment (usually `process.env` after dotenv).
 * Empty values count as unset. Returns a typed config or throws one `config: …` error listing every
 * missing or malformed key.
 *
 * @example loadConfig({ DISCORD_TOKEN: 'abc', DISCORD_CLIENT_ID: '123456789012345678' })
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = [];
  const read = (key: string): string | undefined => {
    const value = env[key]?.trim();
    return value === '' ? undefined : value;
  };
  const snowflake = (key: string): string | undefined => {
    const value = read(key);
    if (value !== undefined && !SNOWFLAKE.test(value)) {
      problems.push(`${key} must be a Discord id (17 to 20 digits), got ${shown(value)}`);
    }
    return value;
  };
  const number = (key: string, fallback: number, { integer = false, min = 0 } = {}): number => {
    const value = read(key);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < min || (integer && !Number.isInteger(parsed))) {
      problems.push(`${key} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}, got ${shown(value)}`);
      return fallback;
    }
    return parsed;
  };
  const boolean = (key: string, fallback: boolean): boolean => {
    const value = read(key)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(value)) return true;
    if (['false', '0', 'no', 'off'].includes(value)) return false;
    problems.push(`${key} must be true or false, got ${shown(value)}`);
    return fallback;
  };

  const discordToken = read('DISCORD_TOKEN');
  const discordClientId = snowflake('DISCORD_CLIENT_ID');
  if (discordToken !== undefined && discordClientId === undefined && read('DISCORD_CLIENT_ID') === undefined) {
    problems.push('DISCORD_TOKEN is set but DISCORD_CLIENT_ID is missing');
  }

  const logLevel = read('LOG_LEVEL')?.toLowerCase() ?? defaultConfig.logLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${shown(logLevel)}`);
  }

  const discordApiUrl = read('DISCORD_API_URL');
  if (discordApiUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(discordApiUrl)) {
    problems.push(`DISCORD_API_URL must be an http(s) URL, got ${shown(discordApiUrl)}`);
  }

  const shardCountText = read('SHARD_COUNT');
  const shardCount =
    shardCountText === undefined || shardCountText.toLowerCase() === 'auto'
      ? defaultConfig.shardCount
      : number('SHARD_COUNT', 1, { integer: true, min: 1 });

  const indexCacheText = read('INDEX_CACHE_DIR');

  const config: Config = {
    discordToken,
    discordClientId,
    discordGuildId: snowflake('DISCORD_GUILD_ID'),
    moderatorRoleId: snowflake('MODERATOR_ROLE_ID'),
    corpusDir: read('CORPUS_DIR') ?? defaultConfig.corpusDir,
    indexCacheDir: indexCacheText?.toLowerCase() === 'off' ? false : (indexCacheText ?? defaultConfig.indexCacheDir),
    logLevel,
    cooldownSeconds: number('COOLDOWN_SECONDS', defaultConfig.cooldownSeconds),
    discordApiUrl: discordApiUrl?.replace(/\/+$/, ''),
    messageContentIntent: boolean('MESSAGE_CONTENT_INTENT', defaultConfig.messageContentIntent),
    shardCount,
    shardSpawnDelayMs: number('SHARD_SPAWN_DELAY_MS', defaultConfig.shardSpawnDelayMs, { integer: true }),
  };

  if (problems.length > 0) throw new Error(`config: ${problems.join('; ')}`);
  return config;
}
