// Draws the dashboard's charts with Chart.js from the figures the page carries (script#chart-data).
'use strict';

const COLOURS = ['#1f5fa6', '#e07b00', '#2e8540', '#8a3ab9'];

// The value axis per unit: whole clients, shares up to 100%, amounts in euros.
function valueAxis(unit) {
  switch (unit) {
    case 'count': return { beginAtZero: true, ticks: { precision: 0 } };
    case 'percent': return { beginAtZero: true, max: 100, ticks: { callback: (value) => `${value}%` } };
    default: return { beginAtZero: true };
  }
}

function drawChart(chart) {
  const canvas = document.querySelector(`canvas[data-chart="${chart.id}"]`);
  const horizontal = chart.type === 'horizontal-bar';
  const valueScale = valueAxis(chart.unit);
  return new Chart(canvas, {
    type: horizontal ? 'bar' : chart.type,
    data: {
      labels: chart.categories,
      datasets: chart.series.map((series, i) => ({
        label: series.label,
        data: series.values,
        backgroundColor: COLOURS[i % COLOURS.length],
        borderColor: COLOURS[i % COLOURS.length],
        spanGaps: false,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      locale: document.documentElement.lang,
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: horizontal ? { x: valueScale } : { y: valueScale },
      plugins: { legend: { display: chart.series.length > 1 } },
    },
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const charts = JSON.parse(document.getElementById('chart-data').textContent);
  charts.forEach(drawChart);
  // Tells a test (or a screen reader script) that every chart has been drawn.
  document.body.dataset.chartsDrawn = String(charts.length);
});
