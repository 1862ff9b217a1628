import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The Docker image (web/Dockerfile) runs Next's self-contained server; `npm start` uses `next start`.
  output: process.env.ANJU_WEB_STANDALONE === '1' ? 'standalone' : undefined,
  // npm workspaces hoist dependencies to the repository root; trace files from there.
  outputFileTracingRoot: path.join(__dirname, '..'),
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
