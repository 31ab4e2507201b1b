import type { ChartConfiguration } from 'chart.js'
import type { RoomQuestion, Tally } from './protocol'
import { baseOptions, INK, OKABE_ITO, TICKS } from '../figures/theme'

/**
 * The room's votes as a horizontal bar chart in the deck's style: one bar per option, its count and share.
 * `labels` replaces the option texts on the axis (a quiz slide shows its options already: the letters suffice).
 */
export function tallyChart(question: RoomQuestion, tally: Tally, { labels, print = false, voters }: { labels?: readonly string[], print?: boolean, voters?: number } = {}): ChartConfiguration<'bar'> {
  const counts = question.options.map(o => tally[o.id] ?? 0)
  // Shares are of the phones that voted: on a multiple-answer question the counts add up to more.
  const total = voters ?? counts.reduce((a, b) => a + b, 0)
  const base = baseOptions({ print })
  return {
    type: 'bar',
    data: {
      labels: labels ? [...labels] : question.options.map(o => o.label),
      datasets: [{ label: 'Votes', data: counts, backgroundColor: OKABE_ITO.blue, borderColor: OKABE_ITO.blue, borderWidth: 1 }],
    },
    options: {
      ...base,
      indexAxis: 'y',
      scales: {
        // grace: room right of the longest bar for its label.
        x: { beginAtZero: true, grace: '30%', ticks: { ...TICKS, precision: 0 }, grid: { color: INK.grid } },
        y: { ticks: { ...TICKS, font: { ...TICKS.font, size: 13 } }, grid: { display: false } },
      },
      plugins: {
        ...base.plugins,
        legend: { display: false },
        tooltip: { enabled: !print },
        datalabels: { display: true, anchor: 'end', align: 'end', color: INK.text, formatter: (n: number) => `${n} (${total ? Math.round((100 * n) / total) : 0}%)` },
      },
    },
  }
}

/** The same numbers as text, for the chart's accessible description. */
export function tallySummary(question: RoomQuestion, tally: Tally, voters?: number): string {
  const total = voters ?? question.options.reduce((sum, o) => sum + (tally[o.id] ?? 0), 0)
  return question.options.map(o => `${o.label}: ${tally[o.id] ?? 0} of ${total}`).join('; ')
}
