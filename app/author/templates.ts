/**
 * Starting points for a new lab. Each is a complete, valid lab (tested by templates.test.ts with the
 * same validation the app and `npm run lab -- validate` use), so an author edits from green.
 */

export interface LabTemplate {
  id: string;
  label: string;
  lab: Record<string, unknown>;
}

const SCHEMA = 'https://stratolab.dev/schema/lab/v1.json';

const seriesDiagram = (availability: number) => ({
  type: 'series',
  id: 'service',
  label: 'Web service',
  blocks: [
    { type: 'component', id: 'web', label: 'Web server', availability },
    { type: 'component', id: 'db', label: 'Database', availability },
  ],
});

const widgetLab = {
  $schema: SCHEMA,
  id: 'my-course.first-lab',
  version: '0.1.0',
  title: 'My first lab: two parts in series',
  chapter: 'fundamentals',
  summary: 'A one-step lab with a widget, a task checked against the simulation, and a quiz.',
  level: 'intro',
  estimatedMinutes: 10,
  objectives: ['Compute the availability of two components in series'],
  steps: [
    {
      id: 'series',
      title: 'Two parts in series',
      body: 'A web server and a database in **series**: both must be up. With independent failures $A = A_1 A_2$.',
      widget: {
        kind: 'availability',
        scenario: { kind: 'availability', seed: 1, until: 31557600, params: { diagram: seriesDiagram(0.99) }, commands: [] },
      },
      tasks: [
        {
          id: 'reach-99',
          prompt: 'Improve the parts until the service reaches **99 %**.',
          check: { '>=': [{ var: 'analytic.availability' }, 0.99] },
          solve: { params: { diagram: seriesDiagram(0.996) } },
          hints: [{ id: 'reach-99-hint', text: 'Two parts at 99.6 % give about 99.2 %.' }],
        },
      ],
      quizzes: [
        {
          id: 'series-lower',
          type: 'single',
          prompt: 'Two parts in series are …',
          choices: [
            { id: 'lower', text: 'less available than either part', correct: true },
            { id: 'higher', text: 'more available than either part', feedback: 'Each part adds its own downtime.' },
          ],
        },
      ],
    },
  ],
};

const textLab = {
  $schema: SCHEMA,
  id: 'my-course.reading',
  version: '0.1.0',
  title: 'A reading with a quiz',
  chapter: 'fundamentals',
  estimatedMinutes: 5,
  objectives: ['State what "five nines" means'],
  steps: [
    {
      id: 'nines',
      title: 'The nines',
      body: '"Five nines" is an availability of 99.999 %: about **5.26 minutes** of downtime a year.',
      quizzes: [
        { id: 'minutes', type: 'numeric', prompt: 'Minutes of downtime per year at 99.99 %?', answer: { value: 52.6 }, tolerance: { abs: 0.5 }, unit: 'min' },
      ],
    },
  ],
};

export const TEMPLATES: LabTemplate[] = [
  { id: 'widget-task-quiz', label: 'Widget + task + quiz', lab: widgetLab },
  { id: 'reading-quiz', label: 'Reading + numeric quiz', lab: textLab },
];

export function templateText(id: string): string | null {
  const t = TEMPLATES.find((x) => x.id === id);
  return t ? `${JSON.stringify(t.lab, null, 2)}\n` : null;
}
