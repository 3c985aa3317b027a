import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { siteUrl } from '../helpers/built-site.ts';

/** The pages of a PDF (each page object is "/Type /Page", the page tree "/Type /Pages"). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** An A4 sheet inside the duty sheet's 12 mm margins, in CSS pixels (96 per inch). */
const a4 = {
  width: Math.floor(((210 - 24) / 25.4) * 96),
  height: Math.floor(((297 - 24) / 25.4) * 96),
};

describe.skipIf(!hasChromium)('the register on a phone, on paper and in a calendar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads as cards at 390 px, each cell labelled, with no sideways scrolling, without JavaScript', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    await page.goto(`${siteUrl('real')}/nhiem-vu/`);
    const layout = await page.evaluate(() => {
      const row = document.querySelector('table.task-table tbody tr')!;
      const title = row.querySelector('th')!.getBoundingClientRect();
      const cells = [...row.querySelectorAll('td')].filter((td) => td.offsetParent !== null);
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        headerHeight: document.querySelector('table.task-table thead')!.getBoundingClientRect()
          .height,
        rowWidth: row.getBoundingClientRect().width,
        labels: cells.map((td) => getComputedStyle(td, '::before').content),
        stacked: cells.every((td) => td.getBoundingClientRect().top >= title.bottom - 1),
        widest: Math.max(...cells.map((td) => td.getBoundingClientRect().right)),
      };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.headerHeight).toBeLessThanOrEqual(1);
    expect(layout.rowWidth).toBeLessThanOrEqual(390);
    expect(layout.widest).toBeLessThanOrEqual(390);
    expect(layout.stacked).toBe(true);
    expect(layout.labels).toContain('"Chủ trì: "');
    expect(layout.labels).toContain('"Thời hạn: "');
    await page.close();
  });

  it('stays a table with its header row on a wide screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl('real')}/nhiem-vu/`);
    expect(await page.locator('table.task-table thead').first().isVisible()).toBe(true);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('table.task-table')!).display,
      ),
    ).toBe('table');
    await page.close();
  });

  for (const path of ['/nhiem-vu/theo-han/', '/nhiem-vu/co-quan/so-tai-chinh/thoi-han/hang-nam/']) {
    it(`finds no WCAG 2.2 AA violation on ${path} at 390 px`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${siteUrl('real')}${path}`);
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  }

  it('prints a department’s duty sheet with its deadlines and first duty on the first A4 page', async () => {
    const page = await browser.newPage({ viewport: a4 });
    // A department that takes over no duty in the reorganisation: the typical duty sheet.
    await page.goto(`${siteUrl('real')}/co-quan/so-khoa-hoc-va-cong-nghe/`);
    await page.emulateMedia({ media: 'print' });
    const firstDuty = await page.evaluate(() => {
      const row = document.querySelector('table.task-table tbody tr')!;
      const bottom = (selector: string) =>
        row.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity;
      return {
        lead: bottom('td[data-label="Chủ trì"]'),
        partners: bottom('td[data-label="Phối hợp"]'),
        deadlines: document.querySelector('.deadlines')!.getBoundingClientRect().bottom,
      };
    });
    // The first page holds the deadlines and the first duty with its lead and partners.
    expect(firstDuty.deadlines).toBeLessThan(a4.height);
    expect(firstDuty.lead).toBeLessThan(a4.height);
    expect(firstDuty.partners).toBeLessThan(a4.height);
    // On paper the holders are listed once, not beside each row, and still said.
    expect(await page.locator('.task-table .agency-today').first().isVisible()).toBe(false);
    expect(await page.locator('.holders-legend').innerText()).toContain(
      'Sở Kế hoạch và Đầu tư → nay Sở Tài chính tỉnh Gia Lai (từ 01/07/2025)',
    );
    await page.close();
  });

  // Three or four pages each (02/12/2026) while every shared duty of the group "Các Sở, ban,
  // ngành" printed as a labelled paragraph of its own; two since they print as one table.
  for (const id of [
    'so-khoa-hoc-va-cong-nghe',
    'so-cong-thuong',
    'so-nong-nghiep-va-phat-trien-nong-thon',
    'so-tai-chinh-tinh-gia-lai',
  ]) {
    it(`prints the duty sheet of /co-quan/${id}/ on two A4 pages`, async () => {
      const page = await browser.newPage({ viewport: a4 });
      await page.goto(`${siteUrl('real')}/co-quan/${id}/`);
      await page.emulateMedia({ media: 'print' });
      const pages = pdfPages(await page.pdf({ format: 'A4' }));
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(2);
      await page.close();
    });
  }

  // The two departments with most to print: Sở Kế hoạch và Đầu tư leads 14 duties and receives
  // reports (four pages before), Sở Tài chính also takes over seven (three).
  for (const id of ['so-ke-hoach-va-dau-tu', 'so-tai-chinh']) {
    it(`prints the duty sheet of /co-quan/${id}/ on at most three A4 pages`, async () => {
      const page = await browser.newPage({ viewport: a4 });
      await page.goto(`${siteUrl('real')}/co-quan/${id}/`);
      await page.emulateMedia({ media: 'print' });
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(3);
      await page.close();
    });
  }

  it('prints a group’s shared duties as one numbered table under one header row, each inference labelled on its own row', async () => {
    const page = await browser.newPage({ viewport: a4 });
    await page.goto(`${siteUrl('real')}/co-quan/so-khoa-hoc-va-cong-nghe/`);
    await page.emulateMedia({ media: 'print' });
    const sheet = await page.evaluate(() => {
      const table = document.querySelector('table.brief-in-print')!;
      const shown = (e: Element | null) => !!e && (e as HTMLElement).offsetParent !== null;
      const rows = [...table.querySelectorAll('tbody tr')];
      return {
        header: shown(table.querySelector('thead th[data-col="Thời hạn"]')),
        partnersShown: rows.some((r) => shown(r.querySelector('td[data-label="Phối hợp"]'))),
        numbers: rows.map((r) => getComputedStyle(r.querySelector('th')!, '::before').content),
        inferences: rows
          .filter((r) => r.querySelector('td[data-basis="suy-luan"]'))
          .map((r) => {
            const label = r.querySelector('td[data-basis] .tag')!;
            const box = r.getBoundingClientRect();
            const at = label.getBoundingClientRect();
            return {
              text: label.textContent.trim(),
              shown: shown(label) && at.height > 0,
              onItsRow: at.top >= box.top - 0.5 && at.bottom <= box.bottom + 0.5,
            };
          }),
        textBasisShown: rows.some((r) => shown(r.querySelector('td[data-basis="van-ban"] .tag'))),
      };
    });
    expect(sheet.header).toBe(true);
    expect(sheet.partnersShown).toBe(false);
    // Chromium gives the rule, not the number: every row is numbered by the same counter.
    expect(sheet.numbers.every((n) => n.includes('counter(duty)'))).toBe(true);
    expect(sheet.inferences.length).toBeGreaterThan(0);
    for (const inference of sheet.inferences) {
      expect(inference).toEqual({ text: 'Suy luận biên tập', shown: true, onItsRow: true });
    }
    expect(sheet.textBasisShown).toBe(false);
    await page.close();
  });

  it('lists the duties the successor that took over most under reasons said once, each duty with its role on screen and its reason alone on paper', async () => {
    const page = await browser.newPage({ viewport: a4 });
    await page.goto(`${siteUrl('real')}/co-quan/so-tai-chinh-tinh-gia-lai/`);
    const reasons = await page.locator('section.taken-over .inference-reason').count();
    const duties = page.locator('section.taken-over .taken-over-list > li');
    // 16 duties for three reasons (the role the plan gave Sở Kế hoạch và Đầu tư in each).
    expect(await duties.count()).toBeGreaterThan(reasons);
    expect(reasons).toBeGreaterThan(0);
    const role = duties.first().locator('> .muted');
    expect(await role.innerText()).toContain('tiếp nhận từ Sở Kế hoạch và Đầu tư');
    await page.emulateMedia({ media: 'print' });
    expect(await role.isVisible()).toBe(false);
    expect(await duties.first().locator('.taken-over-due').isVisible()).toBe(true);
    await page.close();
  });

  it('downloads an agency calendar that reminds two weeks and one day before each deadline', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl('real')}/co-quan/so-tai-chinh/`);
    const subscribe = page.locator('section.calendar-subscribe a[href^="webcal://"]');
    expect(await subscribe.getAttribute('href')).toMatch(
      /^webcal:\/\/[^/]+\/co-quan\/so-tai-chinh\.ics$/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải lịch (.ics) của Sở Tài chính' }).click(),
    ]);
    const ics = readFileSync(await download.path(), 'utf8').replace(/\r\n[ \t]/g, '');
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.match(/BEGIN:VALARM/g)).toHaveLength(2);
      expect(event).toContain('TRIGGER:-PT327H');
      expect(event).toContain('TRIGGER:-PT15H');
    }
    await context.close();
  });

  it('offers no calendar for an agency with no dated duty, and says why', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl('real')}/co-quan/ubmttq-tinh/`);
    expect(await page.locator('a[href$=".ics"][href^="/co-quan/"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toMatch(
      /Kế hoạch không giao .+ nhiệm vụ nào có ngày cụ thể/,
    );
    const response = await page.request.get(`${siteUrl('real')}/co-quan/ubmttq-tinh.ics`);
    expect(response.status()).toBe(404);
    await page.close();
  });
});
