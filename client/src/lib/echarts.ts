/** ECharts with only the parts the wall uses, to keep the bundle small. */
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption as EChartsOption, EChartsType } from 'echarts/core';
