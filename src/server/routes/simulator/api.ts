import { Hono } from 'hono';
import { parse as parseYaml } from 'yaml';
import { limitBody } from '../../body-limit.ts';
import { errorBody, loadSimulation } from './load.ts';
import { MAX_SCENARIO_BYTES } from './limits.ts';

/**
 * `POST /api/simulate`: the body is a scenario (JSON, or YAML with a YAML content type); the answer is the
 * presented simulation, the same as the simulator page's `.json` twin. Bodies over 256 KB are refused with
 * 413, invalid scenarios with 400 naming each field, and runs too large for a request with 422.
 */
export function simulateApiRoutes() {
  const app = new Hono();
  app.post(
    '/simulate',
    limitBody(MAX_SCENARIO_BYTES, (c) =>
      c.json(errorBody(413, `scenario too large (limit ${MAX_SCENARIO_BYTES / 1024} KB)`, []), 413),
    ),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      const text = await c.req.text();
      let input: unknown;
      try {
        input = /yaml/i.test(type) ? parseYaml(text) : JSON.parse(text);
      } catch (error) {
        return c.json(
          errorBody(400, /yaml/i.test(type) ? 'body is not valid YAML' : 'body is not valid JSON', [
            (error as Error).message,
          ]),
          400,
        );
      }
      const outcome = loadSimulation(input ?? {});
      if (!outcome.ok)
        return c.json(errorBody(outcome.status, outcome.message, outcome.problems), outcome.status);
      return c.json(outcome.result);
    },
  );
  return app;
}
