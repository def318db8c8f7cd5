// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './BarChart';
import { ChartFrame } from './ChartFrame';
import { Heatmap } from './Heatmap';
import { LineChart } from './LineChart';

afterEach(cleanup);

describe('charts render accessible SVG', () => {
  it('LineChart: one path per series, a title and a description, a legend for several series', () => {
    render(
      <LineChart
        title="Load"
        description="Load rises to 3"
        x={Float64Array.of(0, 1, 2)}
        series={[
          { key: 'a', label: 'first', values: Float64Array.of(1, 2, 3) },
          { key: 'b', label: 'second', values: Float64Array.of(NaN, 1, 1), area: true },
        ]}
        markerX={1}
      />,
    );
    const svg = screen.getByRole('img', { name: /Load/ });
    expect(svg.querySelector('desc')?.textContent).toBe('Load rises to 3');
    expect(svg.querySelectorAll('path[fill="none"]')).toHaveLength(2);
    expect(svg.querySelector('.chart-marker')).not.toBeNull();
    expect(screen.getByText('second')).toBeTruthy();
  });
  it('BarChart: one bar and one label per datum', () => {
    const { container } = render(<BarChart title="Bars" description="d" bars={[{ label: 'x', value: 2 }, { label: 'y', value: -1 }]} />);
    expect(container.querySelectorAll('rect')).toHaveLength(2);
    expect(screen.getByText('y')).toBeTruthy();
  });
  it('Heatmap: a cell per value, missing values left empty', () => {
    const { container } = render(<Heatmap title="Heat" description="d" rowLabels={['r1', 'r2']} colLabels={['c1', 'c2']} values={[[0, 1], [NaN, 0.5]]} />);
    expect(container.querySelectorAll('rect[fill="var(--heat-low)"]')).toHaveLength(4);
    expect(container.querySelectorAll('rect[fill="var(--heat-high)"]')).toHaveLength(3);
  });
  it('ChartFrame switches between the chart and its table', () => {
    render(
      <ChartFrame title="Frame" table={{ columns: [{ key: 't', label: 'time', unit: 's' }, { key: 'v', label: 'value' }], rows: [[0, 1], [1, 2]] }}>
        <svg className="chart-svg" />
      </ChartFrame>,
    );
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('columnheader', { name: 'time (s)' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });
});
