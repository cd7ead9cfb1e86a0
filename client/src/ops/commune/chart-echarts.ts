/** ECharts with what the desk charts add to the wall's parts: tooltip, legend, the target line. */
import { LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { echarts } from '../../lib/echarts.js';

echarts.use([TooltipComponent, LegendComponent, MarkLineComponent]);

export { echarts };
