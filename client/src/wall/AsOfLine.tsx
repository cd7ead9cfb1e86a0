/**
 * The time of a value's data, on every tile and card; when the data are older
 * than the indicator's period allows, it says so in words (the card also turns grey).
 */
import { formatDateTime } from '@ioc/shared';
import { t } from '../i18n/index.js';

export function AsOfLine({ asOf, stale, testId }: { asOf: string | null | undefined; stale: boolean; testId?: string | undefined }) {
  if (!asOf) return <p className="as-of" data-testid={testId}>{'\u00a0'}</p>;
  return (
    <p className={`as-of${stale ? ' is-stale' : ''}`} data-testid={testId} data-stale={stale} data-as-of={asOf}>
      {stale ? (
        t.scenes.stale(formatDateTime(asOf))
      ) : (
        t.tile.asOf(formatDateTime(asOf))
      )}
    </p>
  );
}
