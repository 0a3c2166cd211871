/**
 * Reads `Content-Length: N\r\n\r\n<body>` messages, as both tsserver (its output) and the Language Server
 * Protocol frame them, from a byte stream that may split or join them anywhere.
 */
export function createFrameReader(onMessage: (body: string) => void): (chunk: Buffer) => void {
  let buffer = Buffer.alloc(0);
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = buffer.subarray(0, headerEnd).toString('utf8');
      const length = /Content-Length: (\d+)/i.exec(header)?.[1];
      if (length === undefined) throw new Error(`unexpected header: ${header}`);
      const bodyStart = headerEnd + 4;
      const bodyEnd = bodyStart + Number(length);
      if (buffer.length < bodyEnd) return;
      const body = buffer.subarray(bodyStart, bodyEnd).toString('utf8');
      buffer = buffer.subarray(bodyEnd);
      onMessage(body);
    }
  };
}
