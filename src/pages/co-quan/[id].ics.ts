/**
 * One agency's duties as an iCalendar feed (/co-quan/<id>.ics), made by src/lib/ical.ts with the
 * `ics` library. A yearly duty starts on or after its plan's effective date. A successor's feed also
 * carries the duties it took over in a reorganisation (labelled as such); a body that no longer
 * exists says in each event where its duties went.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { agencyCalendar } from '../../lib/ical.ts';
import { parseCitation } from '../../lib/citations.ts';
import { asDuty, successionNotes, takenOverNotes } from '../../lib/changes.ts';
import type { Agency } from '../../schemas/agency.ts';

export const getStaticPaths = (async () => {
  const { agencies } = await getSiteData();
  return agencies.map((agency) => ({ params: { id: agency.id }, props: { agency } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { agency } = props as { agency: Agency };
  const { dutiesByAgency, plans, holdersByAgency, takenOverByAgency } = await getSiteData();
  const effective = new Map(plans.map((p) => [p.id, p.effectiveFrom]));
  const origin = (site ?? new URL('http://localhost:4321')).origin;
  const takenOver = takenOverByAgency.get(agency.id) ?? [];
  const holders = holdersByAgency.get(agency.id) ?? [];
  // A duty taken over starts in the successor's feed on the day the successor took it over.
  const takenOverFrom = new Map(
    takenOver.map((d) => [
      d.task.id,
      new Date(`${d.from.map((f) => f.steps.at(-1)!.change.effectiveFrom).sort()[0]!}T00:00:00Z`),
    ]),
  );
  const body = agencyCalendar(
    agency,
    [...(dutiesByAgency.get(agency.id) ?? []), ...takenOver.map(asDuty)],
    {
      site: origin,
      from: (task) => {
        const planFrom = effective.get(parseCitation(task.source)?.plan ?? '') ?? new Date(0);
        const since = takenOverFrom.get(task.id);
        return since && since > planFrom ? since : planFrom;
      },
      stamp: new Date(),
      notes: (duty) => [
        ...takenOverNotes(takenOver, duty),
        ...(duty.via === null ? successionNotes(agency, holders, origin) : []),
      ],
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
