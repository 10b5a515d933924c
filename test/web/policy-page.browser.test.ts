import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { bundledApp } from '../helpers/app.ts';
import { launchChromium, listen, SKIP_BROWSER } from '../helpers/browser.ts';

const ID = 'jp-jogmec-advanced-ccs-2024';

/** Text of seed 000 that a reader must be able to see on the page (the record is written in Chinese). */
const SEED_TEXT = [
  '日本 JOGMEC 先进 CCS 项目资助计划 (2024)',
  '全周期金融支持',
  '确立了包含 FEED 资助、股权认购及贷款担保在内的综合性财政激励体系。',
  'METI Advanced CCS 2024 Selection',
  '2030 目标引擎',
  'JOGMEC FY2024 Business Plan',
  '行政指令保障',
  'JOGMEC Operational Rules',
  '储层监测合规',
  'JOGMEC Technical Standards',
  '区域市场引导',
  'METI International Energy Strategy',
  '通过政府资本在 FEED 与勘探阶段的前置介入',
  '重点支持跨行业捕集网络与 LCO2 船运技术的集成',
  '作为日本 GX 战略的财政支柱',
  'Japan GX Strategy',
  'JOGMEC Carbon Management',
  'Asia Zero Emission Community (AZEC)',
  '日本经济产业省 (METI) & JOGMEC',
  '全阶段财政补贴、股权认购与债务担保',
  '2024 单年预算约 35 亿日元，长期涉及数千亿日元金融支持',
  'https://www.jogmec.go.jp/english/news/release/news_10_00037.html',
  'JOGMEC',
  'Gemini Intelligence',
  'Human Audit Pending',
  '2026-02-08',
  '2024-06-01',
  'JOGMEC资助',
  '商业化',
  '全价值链',
  '政策概览',
  '选定的 9 个项目合计目标年封存量达',
];

const LABELS = {
  zh: { status: '现行', category: '经济激励', legal: '行政法规', scope: '国家', country: '日本', review: '已核实', radar: '激励' },
  en: { status: 'Active', category: 'Incentive', legal: 'Administrative regulation', scope: 'National', country: 'Japan', review: 'Verified', radar: 'Incentive' },
  ja: { status: '施行中', category: '経済的インセンティブ', legal: '政令・省令', scope: '国', country: '日本', review: '検証済み', radar: 'インセンティブ' },
} as const;

describe('policy page in a real browser', { skip: SKIP_BROWSER }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof listen>>;
  before(async () => {
    server = await listen((await bundledApp()).app);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of ['zh', 'en', 'ja'] as const) {
    test(`in ${lang}: the radar chart and every seed field are visible`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
      await page.goto(`${server.base}/${lang}/policies/${ID}`);

      const radar = page.locator('svg.radar');
      assert.ok(await radar.isVisible(), 'radar chart visible');
      const box = (await radar.boundingBox())!;
      assert.ok(box.width > 200 && box.height > 200, `radar rendered at ${box.width}x${box.height}`);
      assert.equal(await page.locator('svg.radar .radar-label').count(), 5);
      assert.match((await page.locator('svg.radar [data-axis="strategic"]').textContent())!, /95/);
      assert.match((await page.locator('svg.radar [data-axis="incentive"]').textContent())!, new RegExp(LABELS[lang].radar));

      const text = await page.locator('main').innerText();
      for (const expected of SEED_TEXT) assert.ok(text.includes(expected), `"${expected}" visible in ${lang}`);
      for (const [field, label] of Object.entries(LABELS[lang])) {
        if (field === 'radar') continue;
        assert.ok(text.includes(label), `${field} label "${label}" visible in ${lang}`);
      }
      for (const score of ['90', '95', '80', '85', '75']) assert.ok(text.includes(score));
      assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-Hans' : lang);
      assert.deepEqual(failed, [], 'no failed requests or console errors');
      await page.close();
    });
  }

  test('the language switcher leads to the same record in another language', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.base}/en/policies/${ID}`);
    await page.click('nav.langs a[hreflang="ja"]');
    assert.equal(new URL(page.url()).pathname, `/ja/policies/${ID}`);
    assert.ok(await page.locator('text=基本情報').isVisible());
    await page.close();
  });
});
