/**
 * One agency's duties as an iCalendar feed (/co-quan/<id>.ics), made by src/lib/ical.ts with the
 * `ics` library. A yearly duty starts on or after its plan's effective date. Only agencies with at
 * least one dated duty get a feed: an empty calendar is invalid (RFC 5545 §3.6), and the agency's
 * page says instead that the plan gives it no dated duty.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { agencyCalendar, calendarDuties, planStart } from '../../lib/ical.ts';
import type { Agency } from '../../schemas/agency.ts';

export const getStaticPaths = (async () => {
  const { agencies, dutiesByAgency, plans } = await getSiteData();
  const from = planStart(plans);
  return agencies
    .filter((a) => calendarDuties(dutiesByAgency.get(a.id) ?? [], { from }).length > 0)
    .map((agency) => ({ params: { id: agency.id }, props: { agency } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { agency } = props as { agency: Agency };
  const { dutiesByAgency, plans } = await getSiteData();
  const body = agencyCalendar(agency, dutiesByAgency.get(agency.id) ?? [], {
    site: (site ?? new URL('http://localhost:4321')).origin,
    from: planStart(plans),
    stamp: new Date(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
