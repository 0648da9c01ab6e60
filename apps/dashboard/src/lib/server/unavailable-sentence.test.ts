import { describe, expect, it } from 'vitest';
import { DatasetUnavailable } from './dataset.js';
import { unavailableSentence } from './unavailable-sentence.js';

describe('unavailableSentence', () => {
  const missing = new DatasetUnavailable(
    'There is no dataset in the folder ANYAM_DATA names (data/export by default): run `pnpm start` (it generates the Banten demo) or set ANYAM_DATA to a dataset folder.',
    'missing',
  );
  const broken = new DatasetUnavailable('manifest.json: format_version is missing', 'broken');

  it('says it in Indonesian without a variable, command or folder', () => {
    for (const error of [missing, broken]) {
      const sentence = unavailableSentence(error, 'id');
      expect(sentence).toMatch(/^[A-Z][^.]*\.$/);
      expect(sentence).toMatch(/dataset/i);
      expect(sentence).not.toMatch(/ANYAM_DATA|pnpm|npm|`|\/|manifest/);
    }
    expect(unavailableSentence(missing, 'id')).not.toBe(unavailableSentence(broken, 'id'));
  });

  it("gives the operator's English sentence in English", () => {
    expect(unavailableSentence(missing, 'en')).toBe(missing.message);
    expect(unavailableSentence(broken, 'en')).toBe(broken.message);
  });
});
