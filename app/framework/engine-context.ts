/**
 * Which engine sessions talk to: the shared worker by default; tests and headless hosts provide
 * another EngineClient (e.g. the facade in-process) with <EngineContext.Provider value={…}>.
 */
import { createContext, useContext } from 'react';
import { getEngine } from '../engine-client/client';
import type { EngineClient } from '../engine-client/engine-client';

export const EngineContext = createContext<EngineClient | null>(null);

export function useEngine(): EngineClient {
  return useContext(EngineContext) ?? getEngine();
}
