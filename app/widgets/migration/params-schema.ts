/** JSON Schema of the `migration` params for the parameter panel (docs/scenarios/migration.md has the full list). */
export const migrationParamsSchema: Record<string, unknown> = {
  type: 'object',
  properties: {
    mode: { type: 'string', enum: ['pages', 'fluid'], title: 'Mode', description: 'Page-granular simulation, or the analytic byte-rate (fluid) model.', default: 'pages' },
    memoryMiB: { type: 'number', minimum: 1, maximum: 1048576, title: 'Memory (MiB)', description: 'Guest RAM.', default: 1024 },
    pageSizeKiB: { type: 'integer', enum: [4, 2048], title: 'Page size (KiB)', description: 'Dirty-tracking granularity: 4 KiB or 2 MiB.', default: 4 },
    bandwidthMbps: { type: 'number', exclusiveMinimum: 0, title: 'Link (Mbit/s)', description: 'Line rate; stop-and-copy and post-copy run at it.', default: 10000 },
    latencyMs: { type: 'number', minimum: 0, title: 'Latency (ms, one way)', description: 'A post-copy fault costs a round trip plus one page.', default: 0.1 },
    rateLimitMiBps: { type: 'number', minimum: 0, title: 'Live rate limit (MiB/s)', description: "QEMU's max-bandwidth for the live phase (0 = line rate).", default: 128 },
    downtimeLimitMs: { type: 'number', minimum: 0, title: 'Downtime limit (ms)', description: "QEMU's downtime-limit: switch over when pending < bandwidth × this.", default: 300 },
    stopRule: { type: 'string', enum: ['qemu', 'xen'], title: 'Stop rule', description: "QEMU's threshold, or Xen's 29 rounds / 3× RAM / < 50 pages.", default: 'qemu' },
    maxRounds: { type: 'integer', minimum: 0, title: 'Max rounds', description: 'Forced stop after this many live rounds (0 = none, as QEMU).', default: 0 },
    strategy: { type: 'string', enum: ['cold', 'warm', 'precopy', 'autoconverge', 'postcopy', 'hybrid'], title: 'Default strategy', default: 'precopy' },
    resumeOverheadMs: { type: 'number', minimum: 0, title: 'Resume overhead (ms)', default: 0 },
    deviceStateKiB: { type: 'number', minimum: 0, title: 'Device state (KiB)', default: 0 },
    dirty: {
      type: 'object',
      title: 'Workload (dirty model)',
      description: 'idle | uniform | hotset | zipf | phases | trace, with ratePagesPerSec (page writes per second) and the model\'s fields.',
      properties: {
        model: { type: 'string', enum: ['idle', 'uniform', 'hotset', 'zipf', 'phases', 'trace'], title: 'Model' },
        ratePagesPerSec: { type: 'number', minimum: 0, title: 'Write rate (pages/s)' },
        hotFraction: { type: 'number', exclusiveMinimum: 0, maximum: 1, title: 'Hot set (fraction of RAM)' },
        coldRatePagesPerSec: { type: 'number', minimum: 0, title: 'Writes outside the hot set (pages/s)' },
      },
    },
  },
};
