// Legacy path of the protocol; its canonical home is './protocols'.
export type { WebSocketManagerProtocol } from './protocols';
