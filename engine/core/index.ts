/** The engine's shared kernel: what every domain may import. */
export * from './command-args';
export * from './errors';
export * from './event-queue';
export * from './model';
export * from './params';
export * from './rng';
export * from './run';
export * from './scenario';
export * from './series';
export * from './time';
