/**
 * One agency's duties as an iCalendar feed (/co-quan/<id>.ics), made by src/lib/ical.ts with the
 * `ics` library. A yearly duty starts on or after its plan's effective date. A successor's feed also
 * carries the duties it took over in a reorganisation (labelled as such); a body that no longer
 * exists says in each event where its duties went. Only agencies with at least one dated duty get
 * a feed: an empty calendar is invalid (RFC 5545 §3.6), and the agency's page says instead that the
 * plan gives it no dated duty.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { agencyFeed } from '../../lib/changes.ts';
import { agencyCalendar, calendarDuties, planStart } from '../../lib/ical.ts';
import { DEV_SITE_URL } from '../../lib/site-url.ts';
import type { Agency } from '../../schemas/agency.ts';

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  const from = planStart(data.plans);
  return data.agencies
    .filter((a) => {
      const feed = agencyFeed(a, data, from, '');
      return calendarDuties([...feed.own, ...feed.takenOver], { from: feed.from }).length > 0;
    })
    .map((agency) => ({ params: { id: agency.id }, props: { agency } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { agency } = props as { agency: Agency };
  const data = await getSiteData();
  const origin = (site ?? new URL(DEV_SITE_URL)).origin;
  const feed = agencyFeed(agency, data, planStart(data.plans), origin);
  const body = agencyCalendar(agency, [...feed.own, ...feed.takenOver], {
    site: origin,
    from: feed.from,
    stamp: new Date(),
    notes: feed.notes,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
