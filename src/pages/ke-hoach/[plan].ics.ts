/**
 * Every dated deadline of one plan as an iCalendar feed (/ke-hoach/<plan>.ics): each task once,
 * whoever holds it, for someone who follows the whole plan. Plans without a dated task get no feed
 * (an empty calendar is invalid, RFC 5545 §3.6).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DEV_SITE_URL } from '../../lib/site-url.ts';
import { getSiteData, type Plan } from '../../data/site-data.ts';
import { planCalendar, planStart } from '../../lib/ical.ts';

export const getStaticPaths = (async () => {
  const { calendars } = await getSiteData();
  return calendars.map(({ plan }) => ({
    params: { plan: plan.id },
    props: { plan },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { plan } = props as { plan: Plan };
  const { agencyById, plans, tasksByPlan } = await getSiteData();
  const body = planCalendar(
    { id: plan.id, name: `${plan.type} ${plan.number}` },
    tasksByPlan.get(plan.id) ?? [],
    agencyById,
    {
      site: (site ?? new URL(DEV_SITE_URL)).origin,
      from: planStart(plans),
      stamp: new Date(),
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
