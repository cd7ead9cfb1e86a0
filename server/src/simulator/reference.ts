/** The reference data the simulator needs: which units exist and how big they are. */
import type { UnitCode } from '@ioc/shared';

export interface SimulationCommune {
  code: UnitCode;
  name: string;
  type: 'xã' | 'phường';
  population: number;
  areaKm2: number;
}

export interface SimulationHamlet {
  code: UnitCode;
  communeCode: UnitCode;
}

export interface SimulationReference {
  communes: SimulationCommune[];
  hamlets: SimulationHamlet[];
}
