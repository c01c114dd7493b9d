import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('starts with one empty active profile on a fresh install', async () => {
    const res = await session.send<{ ok: boolean; profiles: { active: boolean; name: string }[] }>({
      type: 'profile.list',
    });
    expect(res.ok).toBe(true);
    expect(res.profiles).toHaveLength(1);
    expect(res.profiles[0]).toMatchObject({ active: true, name: '' });
  });

  it('answers an unknown message type with a clear error', async () => {
    const res = await session.send<{ ok: boolean; error: string }>({ type: 'profile.frobnicate' });
    expect(res).toEqual({ ok: false, error: 'Unknown message type: profile.frobnicate' });
  });
});
