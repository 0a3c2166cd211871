// Re-exports the socket layer for services written before the app barrel existed.
export * from '../../websocket-core/manager';
