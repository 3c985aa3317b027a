/** Paths shared by the tests: the real content, the fixture set, and the two built sites. */
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const realContent = `${root}content`;
export const fixtureContent = `${root}test/fixtures/content`;
/** The real site, built by `npm run build`. */
export const realDist = `${root}dist`;
/** The fixture site, built by `npm run build:fixture`. */
export const fixtureDist = `${root}test/.fixture-dist`;
export const mainPlanText = `${realContent}/plans/510-qd-ubnd/van-ban.txt`;
export const mainPlanMeta = `${realContent}/plans/510-qd-ubnd/plan.yaml`;
