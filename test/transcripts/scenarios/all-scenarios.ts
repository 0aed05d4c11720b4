import type { Scenario } from '../scenario';
import { commitScenarios } from './commit-scenarios';
import { imageScenarios } from './image-scenarios';
import { listScenarios } from './list-scenarios';
import { runScenarios } from './run-scenarios';
import { seedScenarios } from './seed-scenarios';
import { usageScenarios } from './usage-scenarios';

/** Every transcript scenario, in recording order. */
export const allScenarios: Scenario[] = [
  ...imageScenarios, ...runScenarios, ...commitScenarios, ...listScenarios, ...usageScenarios, ...seedScenarios,
];
