export * from './schema';
export * from './create';
export * from './dates';
