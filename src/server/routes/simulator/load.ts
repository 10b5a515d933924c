/**
 * The one loader behind every simulator face over HTTP: validates a scenario, refuses runs too large for a
 * request, runs it and presents the result.
 */
import { parseScenario, type Scenario, simulateScenario } from '../../../schemes/index.ts';
import { presentSimulation, type PresentedSimulation } from '../../presenters/simulation.ts';
import { refusal } from './limits.ts';

export type SimulationOutcome =
  | { ok: true; scenario: Scenario; result: PresentedSimulation }
  | { ok: false; status: 400 | 422; message: string; problems: string[]; scenario?: Scenario };

/** Runs a scenario input for an HTTP request, or says why it cannot. */
export function loadSimulation(input: unknown): SimulationOutcome {
  const parsed = parseScenario(input);
  if (!parsed.ok) return { ok: false, status: 400, message: 'invalid scenario', problems: parsed.errors };
  const refused = refusal(parsed.value);
  if (refused) return { ok: false, status: 422, message: 'run too large for one request', problems: [refused], scenario: parsed.value };
  return { ok: true, scenario: parsed.value, result: presentSimulation(simulateScenario(parsed.value)) };
}

/** The error body every simulator face answers with: the API's `{ error: { status, message, problems } }`. */
export const errorBody = (status: number, message: string, problems: string[]) => ({ error: { status, message, problems } });
