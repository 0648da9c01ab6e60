import { describe, expect, it } from 'vitest';
import { commands } from './index.js';

describe('commands', () => {
  it("lists each command under its module's own name and summary", async () => {
    for (const entry of commands) {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
      expect(typeof command.run).toBe('function');
      expect(command.help.length).toBeGreaterThan(0);
    }
  });
});
