import { formatDate, formatTime, testIds, weekdayVi } from '@ioc/shared';
import { useNow } from '../../lib/use-now.js';

/** Time, weekday and date in Asia/Ho_Chi_Minh, ticking each second. */
export function Clock() {
  const now = useNow();
  return (
    <div className="wall-clock" data-testid={testIds.wall.clock} data-time={new Date(now).toISOString()}>
      <time className="wall-clock-time" dateTime={new Date(now).toISOString()}>
        {formatTime(now, true)}
      </time>
      <span className="wall-clock-date">
        {weekdayVi(now)}, {formatDate(now)}
      </span>
    </div>
  );
}
