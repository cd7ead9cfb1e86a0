/** One measurement as written to the `measurement` hypertable. */
import type { IndicatorCode, UnitCode } from '@ioc/shared';

export interface MeasurementInput {
  ts: Date;
  indicator: IndicatorCode;
  unit: UnitCode;
  numerator: number;
  denominator: number;
  /** Who produced it: 'simulator', an agency code, a source system name. */
  source: string;
  /** True for everything the simulator writes; shown as "Dữ liệu mô phỏng" on every screen. */
  simulated: boolean;
}
