/**
 * The recipes of docs/CONVENTIONS.md ("How to extend the site"), followed on a copy of the fixture
 * set: touching the files they name, and no others, gives content that passes check:content.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { fixtureContent } from '../helpers/paths.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'conventions-'));
  cpSync(fixtureContent, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

describe('a new policy area, as docs/CONVENTIONS.md says', () => {
  it('takes its plan.yaml entry, its page and its tasks, and nothing else', () => {
    // 1. The area in its plan's policyAreas, at its place in the text's order (I.1 before I.2.1).
    edit('plans/12-kh-mau/plan.yaml', (t) =>
      t.replace(
        'policyAreas:\n',
        'policyAreas:\n  - { id: phat-trien-chung, label: Phát triển chung, section: muc-i-1 }\n',
      ),
    );
    const pageMissing = checkContent(dir).issues;
    expect(pageMissing.map((i) => i.file)).toContain(`${dir}/policies/phat-trien-chung.mdx`);

    // 2. Its guidance page.
    writeFileSync(
      join(dir, 'policies', 'phat-trien-chung.mdx'),
      [
        '---',
        'title: Mục tiêu chung',
        'summary: Trang mẫu của một lĩnh vực mới, theo hướng dẫn trong CONVENTIONS.',
        'audience:',
        '  - { text: Hợp tác xã trên địa bàn huyện., cite: 12-kh-mau#muc-i-1-p1 }',
        'support:',
        '  - { text: Kế hoạch hướng tới phát triển hợp tác xã., cite: 12-kh-mau#muc-i-1-p1 }',
        'actions:',
        '  - { text: Đọc mục tiêu chung của kế hoạch mẫu., cite: 12-kh-mau#muc-i-1-p1 }',
        'sources: [12-kh-mau#muc-i-1-p1]',
        '---',
        '',
        'Trang mẫu.',
        '',
      ].join('\n'),
    );
    // 3. The task that cites I.1 now belongs to the new area, not to the one of I.2.1.
    const wrongArea = checkContent(dir).issues;
    expect(wrongArea).toEqual([
      expect.objectContaining({ file: `${dir}/tasks/phat-trien-hop-tac-xa.yaml`, field: 'policy' }),
    ]);
    edit('tasks/phat-trien-hop-tac-xa.yaml', (t) =>
      t.replace('policy: nguon-nhan-luc', 'policy: phat-trien-chung'),
    );
    expect(checkContent(dir).issues).toEqual([]);
  });
});
