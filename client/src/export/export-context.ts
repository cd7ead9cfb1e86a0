/**
 * The page on screen tells the export menu what "the data behind it" is: a
 * title, its tables, the time of its newest data and whether any of it is
 * simulated. Registered through context so the menu in the header needs no
 * knowledge of each page.
 */
import { createContext, useContext, useEffect } from 'react';
import type { ExportTable } from './export-table.js';

export interface ExportSource {
  title: string;
  tables(): ExportTable[];
  dataAsOf(): string | null;
  simulated(): boolean;
}

export interface ExportRegistry {
  get(): (() => ExportSource) | null;
  set(source: (() => ExportSource) | null): void;
}

export function createExportRegistry(): ExportRegistry {
  let current: (() => ExportSource) | null = null;
  return {
    get: () => current,
    set(source) {
      current = source;
    },
  };
}

export const ExportContext = createContext<ExportRegistry>(createExportRegistry());

/** Registers the page's export source while it is mounted (the latest `source` wins). */
export function useExportSource(source: () => ExportSource): void {
  const registry = useContext(ExportContext);
  useEffect(() => {
    registry.set(source);
    return () => {
      if (registry.get() === source) registry.set(null);
    };
  }, [registry, source]);
}
