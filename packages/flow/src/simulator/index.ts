export {
  defaultHandlers,
  type SimHandler,
  type SimSendDecision,
  type SimSendPolicy,
  type SimSendRequest,
  type SimulatedMessage,
} from './handlers';
export { Scenario, ScenarioArticle, ScenarioInput, type ScenarioInputDoc } from './scenario';
export { type SimulatedTimer, type SimulateOptions, type SimulationResult, simulate } from './simulate';
