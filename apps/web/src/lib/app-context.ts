import type { Indicator } from '@tonghop/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Me } from '../api/contract';
import type { Api } from '../api/endpoints';
import type { UnitIndex } from './units';

export interface LineageRequest {
  unit: string;
  period: string;
  indicator: string;
  /** The figure as shown, for the dialog's title. */
  shown: string;
}

export interface AppContext {
  api: Api;
  units: UnitIndex;
  me: Me;
  indicator(code: string): Indicator | undefined;
  optionLabel(set: string | null, code: string): string;
  showLineage(request: LineageRequest): void;
  signOut(reason?: string): void;
}

export const App = createContext<AppContext | null>(null);

export function useApp(): AppContext {
  const value = useContext(App);
  if (!value) throw new Error('useApp outside <App.Provider>');
  return value;
}

/** What the role may do (apps/api auth/roles.ts): the page offers nothing else. */
export function can(me: Me, action: 'read' | 'upload' | 'files'): boolean {
  switch (action) {
    case 'upload':
      return me.role === 'admin' || me.role === 'uploader';
    case 'files':
      return me.role === 'admin' || me.role === 'analyst';
    default:
      return me.role !== 'uploader';
  }
}
