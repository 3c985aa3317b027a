/**
 * Loads the sections of every plan by parsing its verbatim text, so that the structure the site
 * shows can never drift from the text. Plans are folders `plans/<id>/` holding `plan.yaml` and the
 * text file it names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parsePlanText } from '../lib/plan-parser.ts';

export function sectionsLoader(plansDir: string) {
  return async () => {
    if (!existsSync(plansDir)) return [];
    return readdirSync(plansDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(plansDir, d.name, 'plan.yaml')))
      .flatMap((d) => {
        const meta = parseYaml(readFileSync(join(plansDir, d.name, 'plan.yaml'), 'utf8')) as {
          text?: string;
        };
        const textFile = join(plansDir, d.name, meta?.text ?? 'van-ban.txt');
        if (!existsSync(textFile)) {
          throw new Error(
            `Tệp ${join(plansDir, d.name, 'plan.yaml')}: trường "text" trỏ tới ${textFile}, nhưng tệp này không tồn tại.`,
          );
        }
        let sections;
        try {
          sections = parsePlanText(readFileSync(textFile, 'utf8'));
        } catch (error) {
          throw new Error(`Tệp ${textFile}: ${(error as Error).message}`, { cause: error });
        }
        return sections.map((s) => ({ id: `${d.name}/${s.anchor}`, plan: d.name, ...s }));
      });
  };
}
