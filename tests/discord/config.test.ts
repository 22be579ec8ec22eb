import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('uses the defaults when nothing is set, so the offline console can start', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ corpusDir: 'corpus', indexCacheDir: '.parley-cache', logLevel: 'info', cooldownSeconds: 3, shardCount: 'auto' });
    expect(config.discordToken).toBeUndefined();
    expect(config.cooldownSeconds).toBe(defaultConfig.cooldownSeconds);
  });

  it('reads every key', () => {
    const config = loadConfig({
      DISCORD_TOKEN: 'token-value',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      MODERATOR_ROLE_ID: '323456789012345678',
      CORPUS_DIR: 'articles',
      INDEX_CACHE_DIR: 'off',
      LOG_LEVEL: 'DEBUG',
      COOLDOWN_SECONDS: '0.5',
      MESSAGE_CONTENT_INTENT: 'false',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      SHARD_COUNT: '2',
      SHARD_SPAWN_DELAY_MS: '100',
    });
    expect(config).toEqual({
      discordToken: 'token-value',
      discordClientId: '123456789012345678',
      discordGuildId: '223456789012345678',
      moderatorRoleId: '323456789012345678',
      corpusDir: 'articles',
      indexCacheDir: false,
      logLevel: 'debug',
      cooldownSeconds: 0.5,
      messageContentIntent: false,
      discordApiUrl: 'http://127.0.0.1:9999/api',
      shardCount: 2,
      shardSpawnDelayMs: 100,
    });
  });

  it('names the missing client id when a token is set', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'token-value' })).toThrow(
      'config: DISCORD_TOKEN is set but DISCORD_CLIENT_ID is missing',
    );
  });

  it('lists every malformed key in one error', () => {
    expect(() =>
      loadConfig({ DISCORD_CLIENT_ID: 'abc', LOG_LEVEL: 'loud', COOLDOWN_SECONDS: '-1', DISCORD_API_URL: 'ftp://x', SHARD_COUNT: '0' }),
    ).toThrow(
      'config: DISCORD_CLIENT_ID must be a Discord id (17 to 20 digits), got "abc"; LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"; ' +
        'DISCORD_API_URL must be an http(s) URL, got "ftp://x"; SHARD_COUNT must be an integer ≥ 1, got "0"; COOLDOWN_SECONDS must be a number ≥ 0, got "-1"',
    );
  });

  it('treats empty values as unset, as a copied .env.example has them', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ', CORPUS_DIR: '' }).corpusDir).toBe('corpus');
  });
});
