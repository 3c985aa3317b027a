import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentRelationsView } from '../../src/lib/document-view.ts';
import { relationGraph, type LegalDocument } from '../../src/lib/documents.ts';
import { parsePlanText } from '../../src/lib/plan-parser.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import type { Change } from '../../src/schemas/change.ts';
import { mainPlanText, realContent } from '../helpers/paths.ts';

const dir = `${realContent}/documents`;
const docs: LegalDocument[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    ...documentSchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8'))),
  }));
const data = {
  documentGraph: relationGraph(docs),
  sectionsByPlan: new Map([['510-qd-ubnd', parsePlanText(readFileSync(mainPlanText, 'utf8'))]]),
  // Only the days the sources were checked matter to the view.
  changeById: new Map([
    [
      '2025-07-01-nghi-dinh-156-2025',
      { sources: [{ checked: '2026-11-30' }, { checked: '2026-12-01' }] } as unknown as Change,
    ],
  ]),
};
const byId = (id: string) => docs.find((d) => d.id === id)!;

describe("the view of a document's relations", () => {
  it('links a relation the plan states to its paragraph, by the label readers cite it by', () => {
    const view = documentRelationsView(byId('37-kh-ubnd'), data);
    const repeal = view.incoming.find((r) => r.type === 'bai-bo')!;
    expect(repeal.href).toBe('/van-ban/510-qd-ubnd/');
    expect(repeal.source).toEqual({ href: '/ke-hoach/510-qd-ubnd/#dieu-2-p1', label: 'Điều 2' });
    expect(repeal.outside).toBeUndefined();
  });

  it('links a relation an outside fact states to the change, dated by its latest check', () => {
    const view = documentRelationsView(byId('55-2015-nd-cp'), data);
    const amended = view.incoming.find((r) => r.other.id === '156-2025-nd-cp')!;
    expect(amended.outside).toBe(true);
    expect(amended.source).toEqual({
      href: '/cap-nhat/#thay-doi-2025-07-01-nghi-dinh-156-2025',
      label: 'thông tin ngoài kế hoạch, tính đến 01/12/2026',
    });
  });

  it('lays out the diagram of the same relations', () => {
    const view = documentRelationsView(byId('37-kh-ubnd'), data);
    expect(view.diagram.nodes.length).toBeGreaterThan(1);
  });
});
