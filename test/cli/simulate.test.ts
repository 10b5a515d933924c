/**
 * `ccus-atlas simulate`: readable table by default, JSON and CSV, flags overriding the file, errors with
 * file, line and field path, and the same numbers as the API and the page for the same scenario.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { bundledApp } from '../helpers/app.ts';
import { runCli } from '../helpers/cli.ts';
import { ROOT, SEED_BUNDLE_DIR } from '../helpers/paths.ts';

const STEEL = join(ROOT, 'examples/scenarios/steel-japan.yaml');
const POWER = join(ROOT, 'examples/scenarios/lng-power-japan.yaml');
const dir = mkdtempSync(join(tmpdir(), 'ccus-simulate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function scenarioFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('ccus-atlas simulate', () => {
  test('prints a table with one row per scheme and the Monte Carlo bands', async () => {
    const { code, stdout } = await runCli(['simulate', STEEL, '--paths', '300']);
    assert.equal(code, 0);
    assert.match(stdout, /^1 Mt\/yr steel capture project \(Japan\): 2027–2049, amounts in JPY$/m);
    assert.match(stdout, /Monte Carlo: 300 paths, seed 1 \(bands P5–P95\)/);
    for (const id of ['jp', 'uk-icc', 'nl-sde', 'dk-ccs', 'de-ccfd', 'us-45q', 'no-longship', 'eu-if']) {
      assert.match(stdout, new RegExp(`^${id} +[-\\d,.]+ `, 'm'), id);
    }
    assert.doesNotMatch(stdout, /^jp-ldpa/m);
  });

  test('a scenario with a jp contract section also runs the full Japanese engine and summarises it', async () => {
    const file = join(ROOT, 'examples/scenarios/jp-contract.yaml');
    const { code, stdout } = await runCli(['simulate', file, '--paths', '0']);
    assert.equal(code, 0);
    assert.match(stdout, /round FY2026: accepted P1 \(1,000,000 of 10,000,000 t\/yr\)/);
    // Worked example E5: the force-majeure half year pays 11 bn in FY2032 and earns an extension year, FY2035.
    assert.match(stdout, /P1: net outlay 106,000\.0 within a cap of 109,000\.0; .*FY2032 11,000\.0, .*FY2035 8,000\.0/);
    const json = JSON.parse((await runCli(['simulate', file, '--paths', '0', '--format', 'json'])).stdout);
    assert.equal(json.jp.projects[0].years.find((y: any) => y.fy === 2032).govOutlayJpy, 11e9);
  });

  test('--schemes, --paths and --seed override the file', async () => {
    const { code, stdout } = await runCli(['simulate', POWER, '--schemes', 'jp,jp-ldpa', '--paths', '0', '--seed', '4', '--format', 'json']);
    assert.equal(code, 0);
    const sim = JSON.parse(stdout);
    assert.deepEqual(sim.schemes.map((s: any) => s.id), ['jp', 'jp-ldpa']);
    assert.equal(sim.monteCarlo, null);
    assert.deepEqual(sim.scenario.monteCarlo, { paths: 0, seed: 4 });
    // The power plant is eligible for the power auction; its tonnes up to 40 % capacity factor leave the JP scheme.
    assert.equal(sim.schemes[1].applicable, true);
    assert.ok(sim.schemes[1].figures.totalOutlayCcy > 0);
  });

  test('--format csv writes one row per scheme and year, to a file with --out', async () => {
    const out = join(dir, 'out.csv');
    const { code, stderr } = await runCli(['simulate', STEEL, '--schemes', 'jp,us-45q', '--paths', '20', '--format', 'csv', '--out', out]);
    assert.equal(code, 0);
    assert.match(stderr, /wrote csv results for 2 scheme\(s\)/);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 2 * 23);
    assert.match(lines[0]!, /^scheme,applicable,year,volume_t,/);
  });

  test('an invalid scenario prints file, line and field path of every problem and exits 1', async () => {
    const file = scenarioFile('bad.yaml', 'project:\n  plateauVolumeT: -5\nschemes: [jp, uk-ic]\nmonteCarlo:\n  paths: 200000\n');
    const { code, stderr, stdout } = await runCli(['simulate', file]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`${file.replace(/[.\\]/g, '\\$&')}:2: project\\.plateauVolumeT: must be > 0`));
    assert.match(stderr, /bad\.yaml:3: schemes\[1\]: must be one of "jp" \| "uk-icc"/);
    assert.match(stderr, /bad\.yaml:5: monteCarlo\.paths: must be ≤ 100000/);
    assert.match(stderr, /3 problems in the scenario/);
  });

  test('a bad flag value is blamed on the command line', async () => {
    const { code, stderr } = await runCli(['simulate', STEEL, '--schemes', 'jp,xx']);
    assert.equal(code, 1);
    assert.match(stderr, /^command line: schemes\[1\]: must be one of/m);
  });

  test('is listed in the overview and has --help with its usage', async () => {
    assert.match((await runCli(['--help'])).stdout, /\n  simulate +Run a support-scheme scenario/);
    const help = await runCli(['simulate', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: ccus-atlas simulate <scenario\.yaml\|json> \[--schemes jp,uk-icc,\.\.\.\] \[--paths N\] \[--seed S\] \[--format table\|json\|csv\]/);
  });

  test('syntax errors, missing files and bad options', async () => {
    const broken = scenarioFile('broken.json', '{"schemes": ["jp",\n');
    let r = await runCli(['simulate', broken]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /broken\.json:\d+: JSON syntax:/);
    r = await runCli(['simulate', join(dir, 'missing.yaml')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing\.yaml: no such file/);
    r = await runCli(['simulate', STEEL, '--format', 'xml']);
    assert.equal(r.code, 2);
    r = await runCli(['simulate', STEEL, '--paths', 'many']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--paths must be a whole number/);
    r = await runCli(['simulate']);
    assert.equal(r.code, 2);
  });
});

describe('one scenario, three faces', () => {
  test('the CLI, POST /api/simulate and the page’s .json twin give identical results, and the page shows them', async () => {
    const { app, get } = await bundledApp(SEED_BUNDLE_DIR);
    const cli = JSON.parse((await runCli(['simulate', STEEL, '--paths', '400', '--format', 'json'])).stdout);
    const scenario = parseYaml(readFileSync(STEEL, 'utf8'));
    scenario.monteCarlo.paths = 400;
    const api = await (await app.request('/api/simulate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(scenario) })).json();
    assert.deepEqual(api, cli);
    // The same scenario as the page's form writes it.
    const p = scenario.project;
    const query = new URLSearchParams({
      schemes: scenario.schemes.join(','),
      ...Object.fromEntries(Object.entries(p).map(([k, v]) => [`project.${k}`, Array.isArray(v) ? v.join(', ') : String(v)])),
      'carbonPrice.gx-ets.level': 'mid',
      'stochastic.model': 'gbm',
      'stochastic.gx-ets.volatility': '0.25',
      'monteCarlo.paths': '400',
      'monteCarlo.seed': '1',
    });
    const twin = await (await get(`/simulator.json?${query}`)).json();
    assert.deepEqual(twin, cli);
    const csv = await (await get(`/simulator.csv?${query}`)).text();
    const cliCsv = (await runCli(['simulate', STEEL, '--paths', '400', '--format', 'csv'])).stdout;
    assert.equal(csv.trimEnd(), cliCsv);
    const html = await (await get(`/en/simulator?${query}`)).text();
    for (const s of cli.schemes) {
      assert.match(html, new RegExp(`<tr data-scheme="${s.id}">[\\s\\S]*?data-value="${s.figures.totalOutlayCcy}" data-field="totalOutlayCcy"`), s.id);
      assert.match(html, new RegExp(`data-value="${s.monteCarlo.totalOutlayCcy.p50}" data-field="totalOutlayP50"`), `${s.id} P50`);
    }
  });
});
